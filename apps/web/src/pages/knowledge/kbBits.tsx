/** Pieces of the knowledge base pages: tags, highlighted text, the materials table, feedback and SMS buttons. */
import { Fragment, useState } from 'react';
import { App, Button, Input, Popover, Space, Table, Tag, Typography } from 'antd';
import { DislikeOutlined, LikeOutlined, MessageOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { knowledgeKeys, type KnowledgeDetail, type KnowledgeKind } from '../../api/knowledge.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';

const KIND_COLOR: Record<KnowledgeKind, string> = { policy: 'purple', guide: 'blue', faq: 'cyan' };

export function KindTag({ kind }: { kind: KnowledgeKind }) {
  const { t } = useI18n();
  return <Tag color={KIND_COLOR[kind]}>{t(`kb.kind.${kind}`)}</Tag>;
}

export function ReviewTag({ state }: { state: 'ok' | 'due_soon' | 'overdue' }) {
  const { t } = useI18n();
  if (state === 'ok') return null;
  return (
    <Tag color={state === 'overdue' ? 'red' : 'orange'} data-testid={`kb-review-${state}`}>
      {t(`kb.review.${state}`)}
    </Tag>
  );
}

/** The text with the query's words marked (<mark>), as React nodes: no HTML from the server. */
export function Highlight({ text, terms }: { text: string; terms: readonly string[] }) {
  const words = [...terms].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <mark key={i} style={{ padding: 0, background: '#ffe58f' }}>
            {p}
          </mark>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}

export function MaterialsTable({
  materials,
  compact,
}: {
  materials: KnowledgeDetail['shown']['materials'];
  compact?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={materials}
      data-testid="kb-materials"
      columns={[
        { title: '#', width: 36, render: (_, __, i) => i + 1 },
        {
          title: t('kb.material.name'),
          render: (_, m) => (
            <span>
              {m.name}{' '}
              {!m.required && <Tag style={{ marginInlineStart: 4 }}>{t('kb.material.optional')}</Tag>}
              {compact && m.notes && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {m.notes}
                </Typography.Text>
              )}
            </span>
          ),
        },
        { title: t('kb.material.copies'), dataIndex: 'copies', width: 56 },
        ...(compact
          ? []
          : [
              { title: t('kb.material.issuer'), dataIndex: 'issuer', render: (v?: string) => v ?? '—' },
              { title: t('kb.material.notes'), dataIndex: 'notes', render: (v?: string) => v ?? '—' },
            ]),
      ]}
    />
  );
}

/** The operator's "helped / did not help" on a version. */
export function FeedbackButtons({ id, version, caseId }: { id: string; version: number; caseId?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [given, setGiven] = useState(false);
  const send = async (helped: boolean) => {
    try {
      await api.post(`/api/knowledge/entries/${id}/feedback`, {
        version,
        helped,
        ...(caseId ? { caseId } : {}),
      });
      setGiven(true);
      void message.success(t('kb.feedbackThanks'));
      void qc.invalidateQueries({ queryKey: knowledgeKeys.all });
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Space size={4}>
      <Button
        size="small"
        icon={<LikeOutlined />}
        disabled={given}
        onClick={() => void send(true)}
        data-testid="kb-helped"
      >
        {t('kb.helped')}
      </Button>
      <Button size="small" icon={<DislikeOutlined />} disabled={given} onClick={() => void send(false)}>
        {t('kb.notHelped')}
      </Button>
    </Space>
  );
}

/** 一次性告知: print the sheet (a page of its own) or send the list by SMS. */
export function NoticeButtons({ id, version, phone }: { id: string; version: number; phone?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [to, setTo] = useState(phone ?? '');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      const r = await api.post<{ sent: boolean; phone: string }>(`/api/knowledge/entries/${id}/send`, {
        version,
        phone: to.trim(),
      });
      if (r.sent) void message.success(t('kb.sent', { phone: r.phone }));
      else void message.warning(t('kb.sendFailed'));
      setOpen(false);
      void qc.invalidateQueries({ queryKey: knowledgeKeys.all });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space size={4} wrap>
      <Button
        size="small"
        icon={<PrinterOutlined />}
        href={`/knowledge/${id}/print/${version}`}
        target="_blank"
        data-testid="kb-print"
      >
        {t('kb.print')}
      </Button>
      <Popover
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (o && phone && !to) setTo(phone);
        }}
        trigger="click"
        content={
          <Space.Compact>
            <Input
              value={to}
              onChange={(e) => setTo(e.target.value)}
              placeholder={t('kb.sendPhone')}
              style={{ width: 160 }}
              data-testid="kb-send-phone"
            />
            <Button type="primary" loading={busy} onClick={() => void send()} data-testid="kb-send-go">
              {t('kb.send')}
            </Button>
          </Space.Compact>
        }
      >
        <Button size="small" icon={<MessageOutlined />} data-testid="kb-send">
          {t('kb.send')}
        </Button>
      </Popover>
    </Space>
  );
}
