/**
 * 知识库参考 on the intake page: entries matching the request as the operator types; one opened shows its answer
 * and materials; "answer from this entry" registers the consultation and closes it citing the entry's version;
 * the materials list prints or goes to the caller by SMS.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Space, Spin, Typography, Form, type FormInstance } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { caseKeys, type CaseDetail } from '../../api/cases.ts';
import {
  knowledgeKeys,
  useKnowledgeEntry,
  useKnowledgeSearch,
  type KnowledgeAnswer,
} from '../../api/knowledge.ts';
import { useI18n } from '../../i18n/index.tsx';
import { newUuid } from '../../lib/ids.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { useDebounced } from './useDebounced.ts';
import { FeedbackButtons, Highlight, KindTag, MaterialsTable, NoticeButtons, ReviewTag } from './kbBits.tsx';

interface CallValues {
  description?: string;
  title?: string;
  address?: string;
  reporterName?: string;
  reporterPhone?: string;
  categoryCode?: string;
  photoIds?: string[];
}

export function KnowledgePanel({
  form,
  point,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the intake form's own value type stays in IntakePage
  form: FormInstance<any>;
  point: { lon: number; lat: number } | null;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const description = (Form.useWatch('description', form) as string | undefined) ?? '';
  const title = (Form.useWatch('title', form) as string | undefined) ?? '';
  const phone = Form.useWatch('reporterPhone', form) as string | undefined;
  const q = useDebounced(`${title} ${description}`.trim(), 300);
  const search = useKnowledgeSearch(q);
  const [open, setOpen] = useState<string | undefined>();
  const entry = useKnowledgeEntry(open);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newUuid);

  const answer = async () => {
    const d = entry.data;
    if (!d) return;
    const v = form.getFieldsValue(true) as CallValues;
    if (!v.description || v.description.trim().length < 5) {
      void message.warning(t('kb.panel.needDescription'));
      return;
    }
    const body: KnowledgeAnswer = {
      version: d.shown.version,
      case: {
        description: v.description.trim(),
        title: v.title?.trim() || undefined,
        address: v.address?.trim() || undefined,
        reporterName: v.reporterName?.trim() || undefined,
        reporterPhone: v.reporterPhone?.trim() || undefined,
        categoryCode: v.categoryCode || undefined,
        photoIds: v.photoIds ?? [],
        ...(point ? { lon: point.lon, lat: point.lat, coordSystem: 'wgs84' as const } : {}),
      },
    };
    setBusy(true);
    try {
      const c = await api.create<CaseDetail>(`/api/knowledge/entries/${d.id}/answer`, body, `${key}:${d.id}`);
      void qc.invalidateQueries({ queryKey: caseKeys.all });
      void qc.invalidateQueries({ queryKey: knowledgeKeys.all });
      void message.success(t('kb.panel.closed', { id: c.id }));
      void navigate(`/cases/${c.id}`);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const hits = search.data?.hits ?? [];
  return (
    <Card size="small" title={t('kb.panel.title')} data-testid="kb-panel">
      {open ? (
        entry.isLoading || !entry.data ? (
          <Spin />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Button
              size="small"
              type="link"
              icon={<ArrowLeftOutlined />}
              onClick={() => setOpen(undefined)}
              style={{ padding: 0 }}
            >
              {t('kb.panel.back')}
            </Button>
            <Space wrap size={4}>
              <KindTag kind={entry.data.kind} />
              <strong>{entry.data.shown.title}</strong>
              <Typography.Text type="secondary">
                {t('kb.version', { n: entry.data.shown.version })}
              </Typography.Text>
              <ReviewTag state={entry.data.reviewState} />
            </Space>
            <Typography.Paragraph style={{ margin: 0 }} data-testid="kb-panel-answer">
              {entry.data.shown.answer}
            </Typography.Paragraph>
            {entry.data.shown.materials.length > 0 && (
              <MaterialsTable materials={entry.data.shown.materials} compact />
            )}
            <Space wrap>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                loading={busy}
                onClick={() => void answer()}
                data-testid="kb-answer-close"
              >
                {t('kb.panel.answerFrom')}
              </Button>
              <NoticeButtons id={entry.data.id} version={entry.data.shown.version} phone={phone} />
              <FeedbackButtons id={entry.data.id} version={entry.data.shown.version} />
            </Space>
          </Space>
        )
      ) : q.length < 2 ? (
        <Typography.Text type="secondary">{t('kb.panel.hint')}</Typography.Text>
      ) : hits.length === 0 && !search.isFetching ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.empty')} />
      ) : (
        <List
          size="small"
          loading={search.isFetching && hits.length === 0}
          dataSource={hits.slice(0, 5)}
          renderItem={(h) => (
            <List.Item
              key={h.id}
              data-testid="kb-panel-hit"
              onClick={() => setOpen(h.id)}
              style={{ cursor: 'pointer', paddingInline: 4 }}
            >
              <Space direction="vertical" size={0}>
                <Space wrap size={4}>
                  <KindTag kind={h.kind} />
                  <strong>
                    <Highlight text={h.title} terms={h.terms} />
                  </strong>
                  {h.materials > 0 && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('kb.panel.materialsN', { n: h.materials })}
                    </Typography.Text>
                  )}
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <Highlight text={h.snippet} terms={h.terms} />
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
