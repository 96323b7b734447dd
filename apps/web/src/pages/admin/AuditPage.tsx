import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Button, Col, DatePicker, Form, Input, Row, Tag, Tooltip, Typography } from 'antd';
import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { AuditEntry } from '../../api/types.ts';
import { FilterTable, useListQuery, useServerList, type ListQuery } from '../../components/FilterTable.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import { formatDateTime, shanghaiDateToIso } from '../../lib/time.ts';

const FILTERS = ['actor', 'entity', 'action', 'from', 'to'] as const;
type FilterKey = (typeof FILTERS)[number];

interface Filters {
  actor?: string;
  entity?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function actionColor(action: string): string | undefined {
  if (/delete|remove|void/i.test(action)) return 'red';
  if (/create|insert|import/i.test(action)) return 'green';
  if (/update|patch|put|set/i.test(action)) return 'blue';
  if (/view|read|phone|export/i.test(action)) return 'gold';
  if (/login|logout|lock/i.test(action)) return 'purple';
  return undefined;
}

function Json({ value, label }: { value: unknown; label: string }) {
  const { t } = useI18n();
  return (
    <div style={{ flex: 1, minWidth: 260 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 10,
          background: '#f7f9fc',
          border: '1px solid #edf0f5',
          borderRadius: 6,
          fontSize: 12,
          maxHeight: 320,
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {value === null || value === undefined ? t('audit.noChange') : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

interface VerifyResult {
  ok: boolean;
  checked: number;
  anchorSeq: string;
  headSeq: string;
  firstBreak: {
    reason: 'altered' | 'missing' | 'relinked' | 'truncated';
    id?: string;
    seq?: string;
    expectedSeq?: string;
    at: string | null;
  } | null;
}

/** The result of the hash chain check (POST /api/audit/verify): intact, or the first broken row. */
function ChainResult({ r }: { r: VerifyResult }) {
  const { t } = useI18n();
  const b = r.firstBreak;
  return (
    <Alert
      data-testid="audit-verify-result"
      style={{ marginBottom: 16 }}
      showIcon
      type={r.ok ? 'success' : 'error'}
      message={
        b
          ? t(`auditChain.${b.reason}`, {
              id: b.id ?? '',
              seq: b.seq ?? '',
              expected: b.expectedSeq ?? '',
              at: b.at ? formatDateTime(b.at) : '—',
            })
          : r.anchorSeq !== '0'
            ? t('auditChain.okArchived', { checked: r.checked, anchor: r.anchorSeq })
            : t('auditChain.ok', { checked: r.checked })
      }
    />
  );
}

/** The URL keeps whole Beijing days; the API takes instants: [from 00:00, the day after `to` 00:00). */
function toParams(f: Partial<Record<FilterKey, string>>): Record<string, string | undefined> {
  return {
    ...f,
    from: f.from ? shanghaiDateToIso(f.from) : undefined,
    to: f.to ? shanghaiDateToIso(f.to, 1) : undefined,
  };
}

function AuditFilterForm({ list }: { list: ListQuery<FilterKey> }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Filters>();
  const f = list.filters;
  const apply = (v: Filters) => {
    const [from, to] = v.range ?? [null, null];
    list.set({
      filters: {
        actor: v.actor,
        entity: v.entity,
        action: v.action,
        from: from?.format('YYYY-MM-DD'),
        to: to?.format('YYYY-MM-DD'),
      },
    });
  };
  return (
    <Form<Filters>
      // a back navigation or "clear filters" changes the URL: show its values again
      key={JSON.stringify(f)}
      form={form}
      onFinish={apply}
      layout="vertical"
      initialValues={{
        actor: f.actor,
        entity: f.entity,
        action: f.action,
        range: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
      }}
      style={{ width: '100%' }}
    >
      <Row gutter={12} align="bottom">
        <Col xs={12} md={4}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="entity" label={t('audit.entity')}>
            <Input allowClear placeholder="user, unit, duty…" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="action" label={t('audit.action')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item name="range" label={t('audit.range')}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
          </Form.Item>
        </Col>
        <Col xs={24} md={5}>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} style={{ marginInlineEnd: 8 }}>
              {t('common.search')}
            </Button>
            <Button onClick={list.clear}>{t('common.reset')}</Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

export default function AuditPage() {
  const { t } = useI18n();
  const labelOf = (key: string, raw: string) => (hasMessage(key) ? t(key) : raw);
  const list = useListQuery(FILTERS);
  const entries = useServerList<AuditEntry, FilterKey>('/api/audit', qk.audit, list, toParams);
  const verify = useMutation({ mutationFn: () => api.post<VerifyResult>('/api/audit/verify') });

  return (
    <div>
      <PageHeader
        title={t('audit.title')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verify.isPending}
            onClick={() => verify.mutate()}
            data-testid="audit-verify"
          >
            {t('auditChain.verify')}
          </Button>
        }
      />
      {verify.data && <ChainResult r={verify.data} />}
      <FilterTable<AuditEntry>
        testId="audit-list"
        list={list}
        rows={entries.data?.items}
        total={entries.data?.total}
        loading={entries.isFetching}
        error={entries.error}
        onRetry={() => void entries.refetch()}
        filters={<AuditFilterForm list={list} />}
        rowKey="id"
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (r) => (
            <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
              <Json label={t('common.before')} value={r.before} />
              <Json label={t('common.after')} value={r.after} />
            </div>
          ),
        }}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 180,
            render: (v: string) => (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDateTime(v)}</span>
            ),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actorUsername',
            width: 180,
            render: (v: string | null, r: AuditEntry) =>
              v === null ? (
                t('audit.system')
              ) : (
                <Tooltip title={v}>
                  <div>{r.actorName ?? v}</div>
                  {r.actorUnit && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.actorUnit}
                    </Typography.Text>
                  )}
                </Tooltip>
              ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 200,
            render: (v: string) => (
              <Tooltip title={v}>
                <Tag color={actionColor(v)}>{labelOf(`audit.act.${v}`, v)}</Tag>
              </Tooltip>
            ),
          },
          {
            title: t('audit.entity'),
            dataIndex: 'entity',
            width: 140,
            render: (v: string) => labelOf(`audit.ent.${v}`, v),
          },
          {
            title: t('audit.entityId'),
            dataIndex: 'entityId',
            ellipsis: true,
            render: (v: string | null, r: AuditEntry) =>
              r.entityName ? (
                <Tooltip title={v}>{r.entityName}</Tooltip>
              ) : (
                <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{v ?? '—'}</span>
              ),
          },
          { title: t('audit.ip'), dataIndex: 'ip', width: 140, render: (v: string | null) => v ?? '—' },
        ]}
      />
    </div>
  );
}
