/**
 * 待办: the cases of the caller's unit — to accept, in progress, due soon, overdue — overdue first; for grid
 * workers also 待核查, the reported cases of their grids waiting for their on-site verification. On a phone the
 * tabs become a grid of buttons, all visible at once.
 */
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Badge, Button, Card, Empty, Grid, List, Space, Tabs, Tag, Typography } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { caseKeys, useCaseList, type CaseSummary, type InboxSummary } from '../../api/cases.ts';
import {
  Countdown,
  DueTag,
  StatusTag,
  UrgencyTag,
  useCategoryName,
} from '../../components/cases/CaseBits.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { requestTypeKey } from '../../lib/caseOptions.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';

type TabKey = 'toVerify' | 'toAccept' | 'inProgress' | 'dueSoon' | 'overdue';
const TABS: { key: TabKey; label: MessageKey; color: string }[] = [
  { key: 'toVerify', label: 'inbox.toVerify', color: '#722ed1' },
  { key: 'toAccept', label: 'inbox.toAccept', color: '#1f4e9c' },
  { key: 'inProgress', label: 'inbox.inProgress', color: '#1677ff' },
  { key: 'dueSoon', label: 'inbox.dueSoon', color: '#faad14' },
  { key: 'overdue', label: 'inbox.overdue', color: '#ff4d4f' },
];

/**
 * The list API filters by case status; "due soon" and "overdue" are read from each case's dueState within the
 * inbox (which the server already orders overdue first, then due soon).
 */
function listParams(tab: TabKey) {
  if (tab === 'toVerify') return { view: 'verify' as const, pageSize: 100 };
  if (tab === 'toAccept') return { view: 'inbox' as const, status: 'dispatched', pageSize: 100 };
  if (tab === 'inProgress') return { view: 'inbox' as const, status: 'in_progress', pageSize: 100 };
  return { view: 'inbox' as const, pageSize: 200 };
}

function InboxItem({ c }: { c: CaseSummary }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const categoryName = useCategoryName();
  const location = [c.street?.name, c.community?.name, c.grid?.name].filter(Boolean).join(' / ');
  return (
    <Card
      size="small"
      hoverable
      onClick={() => void navigate(`/cases/${c.id}`)}
      data-testid="inbox-item"
      data-case-id={c.id}
      style={{
        marginBottom: 10,
        borderInlineStart: `4px solid ${c.dueState === 'overdue' ? '#ff4d4f' : c.dueState === 'due_soon' ? '#faad14' : '#d9e3f2'}`,
      }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
          {c.id}
        </Typography.Text>
        <StatusTag status={c.status} />
        <UrgencyTag urgency={c.urgency} />
        <Tag>{t(requestTypeKey(c.requestType))}</Tag>
        <div style={{ flex: 1 }} />
        {c.resolveDueAt ? (
          <Countdown start={c.createdAt} due={c.resolveDueAt} />
        ) : (
          <DueTag state={c.dueState} />
        )}
      </div>
      <div style={{ marginTop: 6 }}>
        <Typography.Text>{categoryName(c.category)}</Typography.Text>
        {c.title && (
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {c.title}
          </Typography.Text>
        )}
      </div>
      <Space size={12} wrap style={{ marginTop: 4, fontSize: 12, color: '#8c8c8c' }}>
        {(c.address || location) && (
          <span>
            <EnvironmentOutlined /> {c.address || location}
          </span>
        )}
        <span>{formatDateTime(c.createdAt)}</span>
      </Space>
    </Card>
  );
}

export default function InboxPage() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const phone = !Grid.useBreakpoint().sm;
  const [params, setParams] = useSearchParams();
  // 待核查 is a grid worker's own list (the server answers it empty for anyone else)
  const worker = hasRole('grid_worker');
  const tabs = TABS.filter((x) => x.key !== 'toVerify' || worker);
  const tab: TabKey =
    tabs.find((x) => x.key === params.get('tab'))?.key ??
    (worker && !hasRole('handler') ? 'toVerify' : 'toAccept');
  const pick = (k: string) => setParams({ tab: k }, { replace: true });
  const count = (x: (typeof TABS)[number]) => (
    <Badge
      count={summary.data?.[x.key] ?? 0}
      showZero
      overflowCount={999}
      color={summary.data?.[x.key] ? x.color : '#d9d9d9'}
      data-testid={`inbox-count-${x.key}`}
    />
  );
  const summary = useQuery({
    queryKey: caseKeys.inboxSummary,
    queryFn: () => api.get<InboxSummary>('/api/cases/inbox/summary'),
    refetchInterval: 60_000,
  });
  const list = useCaseList(listParams(tab), 60_000);
  const items = (list.data?.items ?? []).filter((c) =>
    tab === 'dueSoon' ? c.dueState === 'due_soon' : tab === 'overdue' ? c.dueState === 'overdue' : true,
  );

  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title={t('inbox.title')} sub={t('inbox.sub')} />
      {phone ? (
        <div
          role="tablist"
          data-testid="inbox-tabs"
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
            gap: 6,
            marginBottom: 12,
          }}
        >
          {tabs.map((x) => (
            <Button
              key={x.key}
              role="tab"
              aria-selected={tab === x.key}
              type={tab === x.key ? 'primary' : 'default'}
              ghost={tab === x.key}
              onClick={() => pick(x.key)}
              data-testid={`inbox-tab-${x.key}`}
              style={{ paddingInline: 4, display: 'flex', justifyContent: 'center', gap: 4 }}
            >
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{t(x.label)}</span>
              {count(x)}
            </Button>
          ))}
        </div>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={pick}
          data-testid="inbox-tabs"
          items={tabs.map((x) => ({
            key: x.key,
            label: (
              <span data-testid={`inbox-tab-${x.key}`}>
                {t(x.label)} {count(x)}
              </span>
            ),
          }))}
        />
      )}
      {list.error && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: list.error.message })} />
      )}
      <List<CaseSummary>
        loading={list.isLoading}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
        renderItem={(c) => <InboxItem key={c.id} c={c} />}
      />
    </div>
  );
}
