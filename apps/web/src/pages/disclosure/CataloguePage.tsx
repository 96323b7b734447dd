/**
 * 村(居)务公开 for community staff (issue 13): a community's catalogue with what each entry owes next, when it is due
 * on the working calendar and whether it is overdue; the publish form (period or event, content, a list whose names
 * the server masks, photos); each entry's history with withdrawal and correction; residents' queries and reports.
 */
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  App,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { CatalogueEntry, DisclosureRequest, PowerItem, Publication } from '../../api/disclosure.ts';
import type { RegionNode } from '../../api/types.ts';
import { useRegionTree } from '../../api/queries.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatMinute } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { DisclosureNav } from './DisclosureNav.tsx';
import { StateTag, frequencyText, k, owedText } from './parts.tsx';

function communitiesUnder(node: RegionNode | undefined, code: string, inside = false): RegionNode[] {
  if (!node) return [];
  const here = inside || node.code === code;
  if (node.level === 'community') return here ? [node] : [];
  return node.children.flatMap((c) => communitiesUnder(c, code, here));
}

export default function CataloguePage() {
  const { t } = useI18n();
  const { me, hasRole } = useAuth();
  const tree = useRegionTree();
  const [params, setParams] = useSearchParams();
  const options = useMemo(() => communitiesUnder(tree.data, me?.scope.code ?? ''), [tree.data, me]);
  const community =
    params.get('community') ?? (me?.scope.level === 'community' ? me.scope.code : options[0]?.code);
  const manage = hasRole('street_lead') || hasRole('admin');
  const catalogue = useQuery({
    queryKey: ['disclosure', 'catalogue', community],
    queryFn: () =>
      api.get<{ items: CatalogueEntry[] }>('/api/disclosure/catalogue', { communityCode: community! }),
    enabled: !!community,
  });
  const [publishing, setPublishing] = useState<CatalogueEntry | null>(null);
  const [historyOf, setHistoryOf] = useState<CatalogueEntry | null>(null);
  const [eventFor, setEventFor] = useState<CatalogueEntry | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <DisclosureNav />
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('disclosure.catalogue.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('disclosure.catalogue.sub')}</Typography.Text>
        </div>
        <Space wrap>
          {me?.scope.level !== 'community' && (
            <Select
              showSearch
              optionFilterProp="label"
              style={{ minWidth: 220 }}
              placeholder={t('disclosure.catalogue.pick')}
              value={community}
              onChange={(v: string) => setParams({ community: v })}
              options={options.map((c) => ({ value: c.code, label: c.name }))}
              data-testid="community-picker"
            />
          )}
          {community && (
            <Link to={`/public/disclosure/${community}`} target="_blank">
              {t('disclosure.catalogue.publicPage')}
            </Link>
          )}
          {manage && community && (
            <Button onClick={() => setCreating(true)}>{t('disclosure.newEntry')}</Button>
          )}
        </Space>
      </Space>
      <Tabs
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'catalogue',
            label: t('disclosure.tab.catalogue'),
            children: (
              <Table<CatalogueEntry>
                rowKey="id"
                size="middle"
                loading={catalogue.isLoading}
                dataSource={catalogue.data?.items ?? []}
                pagination={false}
                scroll={{ x: 1400 }}
                data-testid="catalogue"
                columns={[
                  {
                    title: t('disclosure.col.item'),
                    width: 320,
                    render: (_, e) => (
                      <div>
                        <Typography.Text strong>{e.title}</Typography.Text>
                        <Typography.Paragraph
                          type="secondary"
                          style={{ fontSize: 12, margin: 0 }}
                          ellipsis={{ rows: 2, tooltip: e.basis }}
                        >
                          {t(k(`disclosure.cat.${e.category}`))} · {e.basis}
                        </Typography.Paragraph>
                      </div>
                    ),
                  },
                  { title: t('disclosure.col.frequency'), render: (_, e) => frequencyText(t, e), width: 150 },
                  {
                    title: t('disclosure.col.channels'),
                    render: (_, e) =>
                      e.channels.map((c) => <Tag key={c}>{t(k(`disclosure.channel.${c}`))}</Tag>),
                    width: 170,
                  },
                  { title: t('disclosure.col.owed'), render: (_, e) => owedText(t, e), width: 170 },
                  {
                    title: t('disclosure.col.due'),
                    render: (_, e) => formatMinute(e.next.dueAt),
                    width: 150,
                  },
                  {
                    title: t('disclosure.col.state'),
                    render: (_, e) => <StateTag next={e.next} />,
                    width: 110,
                  },
                  {
                    title: t('disclosure.col.last'),
                    render: (_, e) => formatMinute(e.lastPublishedAt),
                    width: 150,
                  },
                  {
                    key: 'actions',
                    width: 220,
                    render: (_, e) => (
                      <Space size={4} wrap>
                        {manage && (
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => setPublishing(e)}
                            data-testid="publish-open"
                          >
                            {t('disclosure.publish')}
                          </Button>
                        )}
                        {manage && e.frequency === 'at_once' && (
                          <Button size="small" onClick={() => setEventFor(e)}>
                            {t('disclosure.addEvent')}
                          </Button>
                        )}
                        <Button size="small" onClick={() => setHistoryOf(e)}>
                          {t('disclosure.history')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'requests',
            label: t('disclosure.tab.requests'),
            children: community ? <RequestsTable communityCode={community} manage={manage} /> : null,
          },
        ]}
      />
      {publishing && <PublishModal entry={publishing} onClose={() => setPublishing(null)} />}
      {eventFor && <EventModal entry={eventFor} onClose={() => setEventFor(null)} />}
      {creating && community && <EntryModal communityCode={community} onClose={() => setCreating(false)} />}
      <HistoryDrawer entry={historyOf} manage={manage} onClose={() => setHistoryOf(null)} />
    </div>
  );
}

/** "名字,金额,备注" per line → list rows (the server masks the names before it stores them). */
function parseList(text: string | undefined) {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name = '', amount = '', ...note] = l.split(/[,，]/);
      const n = Number(amount);
      return {
        name: name.trim(),
        amount: amount.trim() && Number.isFinite(n) ? n : null,
        note: note.join(',').trim(),
      };
    });
}

interface PublishValues {
  periodKey?: string;
  eventId?: string;
  title: string;
  body: string;
  channel: 'board' | 'online' | 'meeting';
  list?: string;
  reason?: string;
}

function PublishModal({
  entry,
  correcting,
  onClose,
}: {
  entry: CatalogueEntry;
  correcting?: Publication;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<PublishValues>();
  const [photos, setPhotos] = useState<string[]>(correcting?.photoIds ?? []);
  const save = useMutation({
    mutationFn: (v: PublishValues) => {
      const common = {
        title: v.title,
        body: v.body,
        channel: v.channel,
        list: parseList(v.list),
        uploadIds: photos,
      };
      return correcting
        ? api.post<Publication>(`/api/disclosure/publications/${correcting.id}/correct`, {
            ...common,
            reason: v.reason,
          })
        : api.post<Publication>('/api/disclosure/publications', {
            ...common,
            entryId: entry.id,
            periodKey: entry.frequency === 'at_once' ? undefined : v.periodKey,
            eventId: entry.frequency === 'at_once' ? v.eventId : undefined,
          });
    },
    onSuccess: () => {
      void message.success(t('disclosure.published'));
      void qc.invalidateQueries({ queryKey: ['disclosure'] });
      onClose();
    },
    onError: showError,
  });
  const initial: Partial<PublishValues> = correcting
    ? {
        title: correcting.title,
        body: correcting.body,
        channel: correcting.channel,
        list: correcting.list.map((r) => [r.name, r.amount ?? '', r.note].join(',')).join('\n'),
      }
    : {
        periodKey: entry.next.periodKey ?? undefined,
        eventId: entry.next.eventId ?? undefined,
        channel: entry.channels[0],
        title: entry.next.periodKey ? `${entry.title}（${entry.next.periodKey}）` : entry.title,
      };
  return (
    <Modal
      open
      title={`${correcting ? t('disclosure.correct') : t('disclosure.publish')} · ${entry.title}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'publish-submit' }}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        {!correcting &&
          (entry.frequency === 'at_once' ? (
            <Form.Item name="eventId" label={t('disclosure.form.event')} rules={[{ required: true }]}>
              <Select options={entry.openEvents.map((e) => ({ value: e.id, label: e.title }))} />
            </Form.Item>
          ) : (
            <Form.Item
              name="periodKey"
              label={t('disclosure.form.period')}
              extra={t('disclosure.form.periodHint')}
              rules={[{ required: true }]}
            >
              <Input data-testid="publish-period" />
            </Form.Item>
          ))}
        {correcting && (
          <Form.Item name="reason" label={t('disclosure.form.reason')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('disclosure.form.title')}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input data-testid="publish-title" />
        </Form.Item>
        <Form.Item name="body" label={t('disclosure.form.body')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={5} data-testid="publish-body" />
        </Form.Item>
        <Form.Item name="channel" label={t('disclosure.form.channel')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['board', 'online', 'meeting'] as const).map((c) => ({
              value: c,
              label: t(k(`disclosure.channel.${c}`)),
            }))}
          />
        </Form.Item>
        <Form.Item name="list" label={t('disclosure.form.list')}>
          <Input.TextArea rows={3} placeholder="张三,1395,城乡低保" />
        </Form.Item>
        <Form.Item label={t('disclosure.form.photos')}>
          <Upload
            accept="image/*"
            listType="picture"
            maxCount={9}
            customRequest={({ file, onSuccess, onError }) => {
              api
                .upload<{ id: string }>('/api/uploads', file as Blob)
                .then((r) => {
                  setPhotos((p) => [...p, r.id]);
                  onSuccess?.(r);
                })
                .catch((e: Error) => {
                  showError(e);
                  onError?.(e);
                });
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HistoryDrawer({
  entry,
  manage,
  onClose,
}: {
  entry: CatalogueEntry | null;
  manage: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const { modal } = App.useApp();
  const [correcting, setCorrecting] = useState<Publication | null>(null);
  const history = useQuery({
    queryKey: ['disclosure', 'history', entry?.id],
    queryFn: () => api.get<{ items: Publication[] }>('/api/disclosure/publications', { entryId: entry!.id }),
    enabled: !!entry,
  });
  const withdraw = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post(`/api/disclosure/publications/${id}/withdraw`, { reason }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['disclosure'] }),
    onError: showError,
  });
  const askWithdraw = (p: Publication) => {
    let reason = '';
    modal.confirm({
      title: `${t('disclosure.withdraw')} · ${p.title}`,
      content: (
        <Input placeholder={t('disclosure.form.reason')} onChange={(e) => (reason = e.target.value)} />
      ),
      onOk: () => withdraw.mutateAsync({ id: p.id, reason }),
    });
  };
  return (
    <Drawer
      open={!!entry}
      onClose={onClose}
      width={560}
      title={`${t('disclosure.history')} · ${entry?.title ?? ''}`}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {(history.data?.items ?? []).map((p) => (
          <div
            key={p.id}
            style={{ border: '1px solid #eef1f6', borderRadius: 6, padding: 10 }}
            data-testid="history-row"
          >
            <Space wrap size={6}>
              <Typography.Text strong>{p.title}</Typography.Text>
              <Tag>{t('disclosure.version', { n: p.version })}</Tag>
              <Tag color={p.status === 'published' ? 'green' : 'default'}>
                {t(k(`disclosure.pub.status.${p.status}`))}
              </Tag>
            </Space>
            <div style={{ fontSize: 12, color: '#6b7a90' }}>
              {p.periodKey ?? ''} · {formatMinute(p.publishedAt)} · {t(k(`disclosure.channel.${p.channel}`))}
            </div>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }} ellipsis={{ rows: 3 }}>
              {p.body}
            </Typography.Paragraph>
            {p.correctionReason && (
              <div style={{ fontSize: 12 }}>{t('disclosure.correction', { reason: p.correctionReason })}</div>
            )}
            {p.withdrawnReason && (
              <div style={{ fontSize: 12 }}>{t('disclosure.withdrawn', { reason: p.withdrawnReason })}</div>
            )}
            {manage && p.status === 'published' && (
              <Space style={{ marginTop: 6 }}>
                <Button size="small" onClick={() => setCorrecting(p)}>
                  {t('disclosure.correct')}
                </Button>
                <Button size="small" danger onClick={() => askWithdraw(p)}>
                  {t('disclosure.withdraw')}
                </Button>
              </Space>
            )}
          </div>
        ))}
      </Space>
      {correcting && entry && (
        <PublishModal entry={entry} correcting={correcting} onClose={() => setCorrecting(null)} />
      )}
    </Drawer>
  );
}

function EventModal({ entry, onClose }: { entry: CatalogueEntry; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<{ title: string; occurredAt: Dayjs }>();
  const save = useMutation({
    mutationFn: (v: { title: string; occurredAt: Dayjs }) =>
      api.post(`/api/disclosure/catalogue/${entry.id}/events`, {
        title: v.title,
        occurredAt: v.occurredAt.toISOString(),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['disclosure'] });
      onClose();
    },
    onError: showError,
  });
  return (
    <Modal
      open
      title={t('disclosure.addEvent')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="title" label={t('disclosure.form.eventTitle')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('disclosure.form.occurredAt')} rules={[{ required: true }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EntryValues {
  itemId?: string;
  category: CatalogueEntry['category'];
  title: string;
  basis: string;
  frequency: CatalogueEntry['frequency'];
  channels: CatalogueEntry['channels'];
}

function EntryModal({ communityCode, onClose }: { communityCode: string; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<EntryValues>();
  const powers = useQuery({
    queryKey: ['disclosure', 'powers'],
    queryFn: () => api.get<{ items: PowerItem[] }>('/api/disclosure/powers'),
  });
  const save = useMutation({
    mutationFn: (v: EntryValues) => api.post('/api/disclosure/catalogue', { ...v, communityCode }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['disclosure'] });
      onClose();
    },
    onError: showError,
  });
  return (
    <Modal
      open
      title={t('disclosure.newEntry')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ frequency: 'quarterly', channels: ['board', 'online'] }}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={(changed: Partial<EntryValues>) => {
          const item = powers.data?.items.find((p) => p.id === changed.itemId);
          if (item)
            form.setFieldsValue({
              category: item.category,
              basis: item.basis,
              title: item.title,
              frequency:
                item.category === 'finance'
                  ? 'monthly'
                  : item.category === 'major_decision'
                    ? 'at_once'
                    : 'quarterly',
            });
        }}
      >
        <Form.Item name="itemId" label={t('disclosure.form.item')}>
          <Select
            allowClear
            options={(powers.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('disclosure.form.category')} rules={[{ required: true }]}>
          <Select
            options={(
              ['major_decision', 'project', 'assets', 'finance', 'subsidy', 'seal', 'other'] as const
            ).map((c) => ({
              value: c,
              label: t(k(`disclosure.cat.${c}`)),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('disclosure.col.item')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="basis" label={t('disclosure.form.basis')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="frequency" label={t('disclosure.col.frequency')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['monthly', 'quarterly', 'at_once'] as const).map((f) => ({
              value: f,
              label: t(k(`disclosure.freq.${f}`), { n: 5 }),
            }))}
          />
        </Form.Item>
        <Form.Item name="channels" label={t('disclosure.col.channels')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={(['board', 'online', 'meeting'] as const).map((c) => ({
              value: c,
              label: t(k(`disclosure.channel.${c}`)),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RequestsTable({ communityCode, manage }: { communityCode?: string; manage: boolean }) {
  const requests = useQuery({
    queryKey: ['disclosure', 'requests', communityCode],
    queryFn: () =>
      api.get<{ items: DisclosureRequest[] }>(
        '/api/disclosure/requests',
        communityCode ? { communityCode } : {},
      ),
  });
  return <RequestList items={requests.data?.items ?? []} loading={requests.isLoading} manage={manage} />;
}

export function RequestList({
  items,
  loading,
  manage,
}: {
  items: DisclosureRequest[];
  loading?: boolean;
  manage: boolean;
}) {
  const { t } = useI18n();
  const [answering, setAnswering] = useState<DisclosureRequest | null>(null);
  return (
    <>
      <Table<DisclosureRequest>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('disclosure.req.none') }}
        columns={[
          {
            title: t('disclosure.ask.kind'),
            width: 150,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Tag color={r.kind === 'report' ? 'orange' : 'blue'}>
                  {t(k(`disclosure.req.kind.${r.kind}`))}
                </Tag>
                {r.reportKind && (
                  <span style={{ fontSize: 12 }}>{t(k(`disclosure.req.report.${r.reportKind}`))}</span>
                )}
              </Space>
            ),
          },
          {
            title: t('disclosure.ask.subject'),
            render: (_, r) => (
              <div>
                <Typography.Text strong>{r.subject}</Typography.Text>
                <div style={{ fontSize: 12, color: '#6b7a90' }}>
                  {r.communityName}
                  {r.entryTitle ? ` · ${r.entryTitle}` : ''}
                </div>
                <div style={{ fontSize: 13 }}>{r.body}</div>
                {r.answer && (
                  <div style={{ fontSize: 13, color: '#135200', marginTop: 4 }}>
                    {t('disclosure.req.answer')}：{r.answer}
                  </div>
                )}
              </div>
            ),
          },
          { title: t('disclosure.req.from'), dataIndex: 'from', width: 120 },
          {
            title: t('disclosure.col.state'),
            width: 200,
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Space size={4}>
                  <Tag>{t(k(`disclosure.req.status.${r.status}`))}</Tag>
                  {(r.clock === 'overdue' || r.clock === 'late') && (
                    <Tag color="red">{t(k(`disclosure.req.clock.${r.clock}`))}</Tag>
                  )}
                </Space>
                <span style={{ fontSize: 12 }}>
                  {t('disclosure.req.dueBy', { at: formatMinute(r.dueAt) })}
                </span>
              </Space>
            ),
          },
          {
            key: 'a',
            width: 90,
            render: (_, r) =>
              manage && r.status === 'open' ? (
                <Button size="small" type="primary" onClick={() => setAnswering(r)}>
                  {t('disclosure.req.answer')}
                </Button>
              ) : null,
          },
        ]}
      />
      {answering && <AnswerModal request={answering} onClose={() => setAnswering(null)} />}
    </>
  );
}

function AnswerModal({ request, onClose }: { request: DisclosureRequest; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const showError = useShowError();
  const [form] = Form.useForm<{ outcome: 'answered' | 'upheld' | 'dismissed'; answer: string }>();
  const save = useMutation({
    mutationFn: (v: { outcome: string; answer: string }) =>
      api.post(`/api/disclosure/requests/${request.id}/answer`, v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['disclosure'] });
      onClose();
    },
    onError: showError,
  });
  const outcomes = request.kind === 'query' ? (['answered'] as const) : (['upheld', 'dismissed'] as const);
  return (
    <Modal
      open
      title={`${t('disclosure.req.answer')} · ${request.subject}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: outcomes[0] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="outcome" label={t('disclosure.req.outcome')}>
          <Radio.Group
            options={outcomes.map((o) => ({ value: o, label: t(k(`disclosure.req.status.${o}`)) }))}
          />
        </Form.Item>
        <Form.Item name="answer" label={t('disclosure.req.answer')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
