/**
 * 派单: the dispatcher's console. The queue (registered and returned cases, by urgency and waiting time) on the
 * left; the selected case beside it with ranked routing suggestions, one-click dispatch, nearby open cases (merge)
 * and every action the server offers (void, re-dispatch of returned cases, arbitration).
 */
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Tag, Typography } from 'antd';
import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  useCase,
  useCaseList,
  useCategorySuggestions,
  useNearbyCases,
  type CaseCategorySuggestions,
  type CaseSummary,
} from '../../api/cases.ts';
import { ActionModal, suggestedDispatch, useActionForm } from '../../components/cases/actions.tsx';
import { formatDuration, StatusTag, UrgencyTag, useCategoryName } from '../../components/cases/CaseBits.tsx';
import { CaseDetailView } from '../../components/cases/CaseDetailView.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useNow } from '../../lib/useNow.ts';
import {
  CategorySuggestionsCard,
  NearbyCard,
  QueueCategoryHints,
  SuggestionsCard,
} from './DispatchAside.tsx';

function QueueItem({
  c,
  hints,
  selected,
  onSelect,
}: {
  c: CaseSummary;
  hints: CaseCategorySuggestions | undefined;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useI18n();
  const now = useNow(30_000);
  const categoryName = useCategoryName();
  return (
    <div
      role="button"
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(e) => e.key === 'Enter' && onSelect()}
      data-testid="queue-item"
      data-case-id={c.id}
      style={{
        padding: '10px 12px',
        borderRadius: 6,
        cursor: 'pointer',
        background: selected ? '#e8f0fc' : undefined,
        borderInlineStart: `3px solid ${selected ? '#1f4e9c' : 'transparent'}`,
        marginBottom: 2,
      }}
    >
      <Space size={6} wrap>
        <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
          {c.id}
        </Typography.Text>
        <StatusTag status={c.status} />
        <UrgencyTag urgency={c.urgency} />
      </Space>
      <div style={{ fontSize: 13, marginTop: 2 }}>
        {c.category && categoryName(c.category)}
        {c.category && c.title && ' · '}
        {c.title && <Typography.Text type="secondary">{c.title}</Typography.Text>}
      </div>
      <div style={{ fontSize: 12, color: '#8c8c8c' }}>
        {t('queue.waiting', { time: formatDuration(now - Date.parse(c.createdAt), t) })}
        {c.street && ` · ${c.street.name}`}
      </div>
      <QueueCategoryHints item={hints} />
    </div>
  );
}

function SelectedCase({ id }: { id: string }) {
  const { t } = useI18n();
  const q = useCase(id);
  const form = useActionForm();
  const nearby = useNearbyCases({
    lon: q.data?.lon ?? undefined,
    lat: q.data?.lat ?? undefined,
    categoryCode: q.data?.category?.code,
  });
  if (q.isLoading) return <Spin style={{ display: 'block', padding: 60 }} />;
  if (q.error)
    return <Alert type="error" showIcon title={t('common.loadFailed', { message: q.error.message })} />;
  const detail = q.data;
  if (!detail) return null;
  const returned = [...detail.assignments].reverse().find((a) => a.returnReason);
  return (
    <div data-testid="queue-detail">
      <CaseDetailView
        compact
        detail={detail}
        onAction={(a) => form.openAction(a)}
        extraActions={
          <Link to={`/cases/${detail.id}`} target="_blank">
            <Button icon={<ExportOutlined />}>{t('queue.openDetail')}</Button>
          </Link>
        }
        mapPoints={(nearby.data ?? [])
          .filter((c) => c.id !== detail.id && c.lon !== null && c.lat !== null)
          .map((c) => ({ lon: c.lon!, lat: c.lat!, label: c.id, kind: 'nearby' as const, id: c.id }))}
        onMapPointClick={(cid) => window.open(`/cases/${cid}`, '_blank', 'noopener')}
        aside={
          <>
            {returned && (detail.status === 'returned' || detail.status === 'arbitration') && (
              <Alert
                type="warning"
                showIcon
                title={t('queue.returned', { reason: returned.returnReason ?? '' })}
                description={`${returned.unit.name} · ${t('case.returnCount')} ${detail.returnCount}`}
              />
            )}
            <CategorySuggestionsCard
              detail={detail}
              onPick={(code) =>
                form.openAction('dispatch', { ...suggestedDispatch(detail), categoryCode: code })
              }
            />
            <SuggestionsCard
              detail={detail}
              onMakeLead={(s) => {
                const plan = suggestedDispatch(detail);
                const assists = ((plan?.assistUnitIds as string[] | undefined) ?? []).filter(
                  (u) => u !== s.unit.id,
                );
                form.openAction('dispatch', { leadUnitId: s.unit.id, assistUnitIds: assists });
              }}
            />
            <NearbyCard detail={detail} onMerge={(pid) => form.openAction('merge', { parentId: pid })} />
          </>
        }
      />
      {form.open && (
        <ActionModal
          key={form.open.n}
          detail={detail}
          action={form.open.action}
          initial={form.open.initial}
          onClose={form.close}
        />
      )}
    </div>
  );
}

export default function QueuePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const selected = params.get('case');
  const list = useCaseList({ view: 'queue', pageSize: 100 }, 30_000);
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  // the classifier's categories with their words for every case of the page, in one request per 50
  const hints = useCategorySuggestions(useMemo(() => items.map((c) => c.id), [items]));

  // Land on the first case; when the selected one leaves the queue (dispatched), keep showing it until another is picked.
  useEffect(() => {
    if (!selected && items[0]) setParams({ case: items[0].id }, { replace: true });
  }, [selected, items, setParams]);

  return (
    <div>
      <PageHeader
        title={t('queue.title')}
        sub={t('queue.sub')}
        extra={
          <Button icon={<ReloadOutlined />} loading={list.isFetching} onClick={() => void list.refetch()}>
            {t('queue.refresh')}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xxl={6}>
          <Card
            size="small"
            title={
              <span>
                {t('queue.title')} <Tag style={{ marginInlineStart: 6 }}>{list.data?.total ?? 0}</Tag>
              </span>
            }
            styles={{ body: { padding: 6, maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}
            data-testid="queue-list"
          >
            {list.error ? (
              <Alert type="error" title={t('common.loadFailed', { message: list.error.message })} />
            ) : list.isLoading ? (
              <Spin style={{ display: 'block', padding: 40 }} />
            ) : items.length === 0 ? (
              <Empty description={t('queue.empty')} />
            ) : (
              items.map((c) => (
                <QueueItem
                  key={c.id}
                  c={c}
                  hints={hints.data?.byCase.get(c.id)}
                  selected={c.id === selected}
                  onSelect={() => setParams({ case: c.id }, { replace: true })}
                />
              ))
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16} xxl={18}>
          {selected ? (
            <SelectedCase key={selected} id={selected} />
          ) : (
            <Card>
              <Empty description={t('queue.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
