/**
 * Pieces shared by the 村(居)务公开 pages (issue 13): the flowchart of a micro-power item drawn as steps with its
 * disclosure points marked, the state of a catalogue entry, a publication as the public reads it, and the form by
 * which a resident asks for information or reports a failure. What is due and what is masked is decided by the server.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Image,
  Input,
  Radio,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CatalogueEntry, PowerItem, PublicDisclosure, RequestReceipt } from '../../api/disclosure.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime, formatMinute } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

export type Translate = ReturnType<typeof useI18n>['t'];
export const k = (key: string) => key as MessageKey;

export const STATE_COLOR = { none: 'default', open: 'blue', due: 'gold', overdue: 'red' } as const;

type Due = CatalogueEntry['next'];
type EntryLike = Pick<CatalogueEntry, 'frequency' | 'dueWorkingDays' | 'next'>;

export function StateTag({ next }: { next: Due }) {
  const { t } = useI18n();
  return (
    <Tag color={STATE_COLOR[next.state]} data-testid={`state-${next.state}`}>
      {t(k(`disclosure.state.${next.state}`))}
    </Tag>
  );
}

export function frequencyText(t: Translate, e: Pick<CatalogueEntry, 'frequency' | 'dueWorkingDays'>) {
  return t(k(`disclosure.freq.${e.frequency}`), { n: e.dueWorkingDays });
}

/** What the entry owes next: a period ('2026-11 期') or an event's title, with the count of missed periods. */
export function owedText(t: Translate, e: EntryLike): string {
  if (e.next.state === 'none') return '—';
  const what = e.next.periodKey
    ? t('disclosure.owed.period', { period: e.next.periodKey })
    : (e.next.eventTitle ?? '');
  return e.next.overdueCount > 1 ? t('disclosure.owed.missed', { what, n: e.next.overdueCount }) : what;
}

/** A micro-power item's flowchart: its steps in order, the responsible role under each, disclosure points marked. */
export function Flowchart({ item }: { item: Pick<PowerItem, 'steps'> }) {
  const { t } = useI18n();
  return (
    <Steps
      direction="vertical"
      size="small"
      current={-1}
      items={item.steps.map((s) => ({
        title: (
          <Space size={6} wrap>
            <span>{s.title}</span>
            {s.disclose && (
              <Tag color="volcano" style={{ marginInlineEnd: 0 }} data-testid="disclosure-point">
                {t('disclosure.powers.point')}
              </Tag>
            )}
          </Space>
        ),
        description: t(k(`disclosure.role.${s.role}`)),
        status: s.disclose ? 'process' : 'wait',
      }))}
    />
  );
}

type PublicPub = PublicDisclosure['publications'][number];

/** A publication as the public reads it: content, a list with masked names, photos; a withdrawn one by its reason. */
export function PublicationCard({ pub }: { pub: PublicPub }) {
  const { t } = useI18n();
  const withdrawn = pub.status === 'withdrawn';
  return (
    <Card
      size="small"
      data-testid="publication"
      title={
        <Space size={6} wrap>
          <span style={{ whiteSpace: 'normal' }}>{pub.title}</span>
          {pub.version > 1 && <Tag>{t('disclosure.version', { n: pub.version })}</Tag>}
          {withdrawn && <Tag color="default">{t('disclosure.pub.status.withdrawn')}</Tag>}
        </Space>
      }
      extra={<Typography.Text type="secondary">{formatMinute(pub.publishedAt)}</Typography.Text>}
      style={withdrawn ? { opacity: 0.75 } : undefined}
    >
      {withdrawn ? (
        <Typography.Text type="secondary">
          {t('disclosure.withdrawn', { reason: pub.withdrawnReason ?? '' })}
        </Typography.Text>
      ) : (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
            {pub.body}
          </Typography.Paragraph>
          {pub.correctionReason && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('disclosure.correction', { reason: pub.correctionReason })}
            </Typography.Paragraph>
          )}
          {pub.list.length > 0 && (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={pub.list}
                data-testid="masked-list"
                columns={[
                  { title: t('disclosure.public.name'), dataIndex: 'name' },
                  { title: t('disclosure.public.amount'), dataIndex: 'amount', align: 'right' },
                  { title: t('disclosure.public.note'), dataIndex: 'note' },
                ]}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('disclosure.public.masked')}
              </Typography.Text>
            </>
          )}
          {pub.photoIds.length > 0 && (
            <Image.PreviewGroup>
              <Space wrap style={{ marginTop: 8 }}>
                {pub.photoIds.map((id) => (
                  <Image key={id} width={96} src={`/api/public/disclosure/photos/${id}`} />
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
        </>
      )}
    </Card>
  );
}

interface AskValues {
  kind: 'query' | 'report';
  reportKind?: 'late' | 'untrue' | 'incomplete';
  entryId?: string;
  subject: string;
  body: string;
  phone?: string;
}

/**
 * A query (依申请公开) or a failure report: a verified resident sends it as themselves, anyone else with a phone
 * number to be answered on.
 */
export function AskForm({
  communityCode,
  entries,
  asResident,
  onSent,
}: {
  communityCode: string;
  entries: { id: string; title: string }[];
  asResident: boolean;
  onSent?: () => void;
}) {
  const { t } = useI18n();
  const showError = useShowError();
  const [form] = Form.useForm<AskValues>();
  const kind = Form.useWatch('kind', form) ?? 'query';
  const [receipt, setReceipt] = useState<RequestReceipt | null>(null);
  const send = useMutation({
    mutationFn: (v: AskValues) =>
      asResident
        ? api.post<RequestReceipt>('/api/my/disclosure/requests', { ...v, phone: undefined })
        : api.post<RequestReceipt>(`/api/public/disclosure/${communityCode}/requests`, v),
    onSuccess: (r) => {
      setReceipt(r);
      form.resetFields();
      onSent?.();
    },
    onError: showError,
  });
  return (
    <Card size="small" title={t('disclosure.public.ask')} data-testid="ask-form">
      {receipt && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="ask-done"
          message={t('disclosure.ask.done', { ref: receipt.reference, at: formatDateTime(receipt.dueAt) })}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'query' }}
        onFinish={(v) => send.mutate(kind === 'report' ? v : { ...v, reportKind: undefined })}
      >
        <Form.Item name="kind" label={t('disclosure.ask.kind')}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value="query">{t('disclosure.req.kind.query')}</Radio.Button>
            <Radio.Button value="report">{t('disclosure.req.kind.report')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {kind === 'report' && (
          <Form.Item name="reportKind" label={t('disclosure.ask.reportKind')} rules={[{ required: true }]}>
            <Select
              options={(['late', 'untrue', 'incomplete'] as const).map((r) => ({
                value: r,
                label: t(k(`disclosure.req.report.${r}`)),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="entryId" label={t('disclosure.ask.entry')}>
          <Select allowClear options={entries.map((e) => ({ value: e.id, label: e.title }))} />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('disclosure.ask.subject')}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('disclosure.ask.body')}
          rules={[{ required: true, min: 5, max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        {!asResident && (
          <Form.Item name="phone" label={t('disclosure.ask.phone')} rules={[{ required: true }]}>
            <Input inputMode="tel" autoComplete="tel" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={send.isPending} data-testid="ask-submit">
          {asResident ? t('disclosure.ask.asResident') : t('disclosure.ask.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** The public page's content: catalogue with what is next due, publications, micro-power flowcharts. */
export function DisclosureView({ page }: { page: PublicDisclosure }) {
  const { t } = useI18n();
  const [entry, setEntry] = useState<string | null>(null);
  const pubs = entry ? page.publications.filter((p) => p.entryId === entry) : page.publications;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" title={t('disclosure.public.catalogue')} data-testid="public-catalogue">
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {page.entries.map((e) => (
            <div
              key={e.id}
              data-testid="public-entry"
              onClick={() => setEntry(entry === e.id ? null : e.id)}
              style={{
                cursor: 'pointer',
                padding: 8,
                borderRadius: 6,
                background: entry === e.id ? '#e6f4ff' : '#fafbfd',
                border: '1px solid #eef1f6',
              }}
            >
              <Space size={6} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <Typography.Text strong>{e.title}</Typography.Text>
                <StateTag next={e.next} />
              </Space>
              <div style={{ fontSize: 12, color: '#6b7a90' }}>
                {frequencyText(t, e)} ·{' '}
                {e.channels.map((c) => t(k(`disclosure.channel.${c}`))).join(t('disclosure.sep'))}
              </div>
              {e.next.dueAt && (
                <div style={{ fontSize: 12, color: e.next.state === 'overdue' ? '#cf1322' : '#6b7a90' }}>
                  {t('disclosure.public.nextDue', { what: owedText(t, e), at: formatMinute(e.next.dueAt) })}
                </div>
              )}
            </div>
          ))}
        </Space>
      </Card>
      <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
        {t('disclosure.public.publications')}
      </Typography.Title>
      {pubs.length === 0 ? (
        <Typography.Text type="secondary">{t('disclosure.public.none')}</Typography.Text>
      ) : (
        pubs.slice(0, 30).map((p) => <PublicationCard key={p.id} pub={p} />)
      )}
      {page.powers.length > 0 && (
        <Card size="small" title={t('disclosure.public.powers')} data-testid="public-powers">
          {page.powers.map((p) => (
            <details key={p.id} style={{ marginBottom: 8 }}>
              <summary style={{ cursor: 'pointer', fontWeight: 500 }}>
                {p.title}{' '}
                <Tag color="volcano">{t('disclosure.powers.points', { n: p.disclosurePoints.length })}</Tag>
              </summary>
              <div style={{ padding: '8px 4px 0' }}>
                <Flowchart item={p} />
              </div>
            </details>
          ))}
        </Card>
      )}
    </Space>
  );
}
