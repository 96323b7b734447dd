/** 吹哨报到 board: open whistles with live countdowns, the history, and each department's report-in rates. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Col, DatePicker, Empty, Progress, Row, Space, Table, Typography } from 'antd';
import { SettingOutlined, SoundOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  useWhistles,
  useWhistleSettings,
  useWhistleStats,
  type UnitReportInStats,
  type WhistleSummary,
} from '../../api/whistles.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Countdown, KindTag, percent, WhistleStatusTag } from '../../components/whistles/WhistleBits.tsx';
import { WhistleSettingsModal } from '../../components/whistles/WhistleSettingsModal.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatScore, percentOf } from '../../lib/format.ts';
import { formatDateTime, shanghaiDayStartIso } from '../../lib/time.ts';

function ActiveCard({ w }: { w: WhistleSummary }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const inCount = w.counts.reported + w.counts.late;
  return (
    <Card
      size="small"
      hoverable
      onClick={() => void navigate(`/whistles/${w.id}`)}
      data-testid="whistle-active-card"
      style={{ height: '100%', borderTop: `3px solid ${w.status === 'open' ? '#fa8c16' : '#1677ff'}` }}
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        <Space size={4} wrap>
          <KindTag kind={w.kind} />
          <WhistleStatusTag status={w.status} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {w.street.name}
          </Typography.Text>
        </Space>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {w.title}
        </Typography.Text>
        {w.status === 'open' ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineEnd: 8 }}>
              {t('whistle.countdown')}
            </Typography.Text>
            {w.reportDueAt && <Countdown dueAt={w.reportDueAt} />}
          </div>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('whistle.deadlinePassed')} · {formatDateTime(w.reportDueAt)}
          </Typography.Text>
        )}
        <Progress
          percent={percentOf(inCount, w.counts.summoned)}
          success={{
            percent: percentOf(w.counts.reported, w.counts.summoned),
          }}
          size="small"
          format={() => t('whistle.reportedCount', { n: inCount, total: w.counts.summoned })}
        />
        {w.address && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
            {w.address}
          </Typography.Text>
        )}
      </Space>
    </Card>
  );
}

/** Units without settled summons sort after every rated one, whichever way. */
function byRate(a: number | null, b: number | null): number {
  return (a ?? 2) - (b ?? 2);
}

/** A rate as a bar with its figure; below 80 % it shows red. */
function RateBar({ v }: { v: number | null }) {
  if (v === null) return <>—</>;
  return (
    <Progress
      percent={Math.round(v * 1000) / 10}
      size="small"
      status={v < 0.8 ? 'exception' : 'normal'}
      strokeColor={v < 0.8 ? undefined : v === 1 ? '#52c41a' : '#1677ff'}
      format={() => percent(v)}
    />
  );
}

function StatsCard() {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const params = {
    from: shanghaiDayStartIso(range[0]),
    to: shanghaiDayStartIso(range[1].add(1, 'day')),
  };
  const stats = useWhistleStats(params);
  const avg = (v: number | null) => formatScore(v, 1);
  return (
    <Card
      size="small"
      title={t('whistle.stats')}
      extra={
        <DatePicker.RangePicker
          size="small"
          allowClear={false}
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          data-testid="whistle-stats-range"
        />
      }
      data-testid="whistle-stats"
    >
      {stats.error && <Alert type="error" showIcon title={stats.error.message} />}
      <Table<UnitReportInStats>
        size="small"
        rowKey={(r) => r.unit.id}
        loading={stats.isFetching}
        dataSource={stats.data?.units ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={t('whistle.noStats')} /> }}
        columns={[
          { title: t('whistle.col.unit'), dataIndex: ['unit', 'name'], fixed: 'left', width: 220 },
          { title: t('whistle.col.summoned'), dataIndex: 'summoned', width: 100, align: 'right' },
          { title: t('whistle.col.onTime'), dataIndex: 'onTime', width: 70, align: 'right' },
          { title: t('whistle.col.late'), dataIndex: 'late', width: 70, align: 'right' },
          { title: t('whistle.col.missing'), dataIndex: 'missing', width: 70, align: 'right' },
          {
            title: t('whistle.col.reportInRate'),
            dataIndex: 'reportInRate',
            width: 150,
            sorter: (a, b) => byRate(a.reportInRate, b.reportInRate),
            render: (v: number | null) => <RateBar v={v} />,
          },
          {
            title: t('whistle.col.onTimeRate'),
            dataIndex: 'onTimeRate',
            width: 150,
            defaultSortOrder: 'ascend',
            sorter: (a, b) => byRate(a.onTimeRate, b.onTimeRate),
            render: (v: number | null) => <RateBar v={v} />,
          },
          {
            title: t('whistle.col.avgScores'),
            key: 'scores',
            width: 190,
            render: (_: unknown, r) =>
              r.ratings ? `${avg(r.avgPunctuality)} / ${avg(r.avgCooperation)} / ${avg(r.avgEffect)}` : '—',
          },
          { title: t('whistle.col.pending'), dataIndex: 'pending', width: 90, align: 'right' },
        ]}
      />
    </Card>
  );
}

export default function WhistleBoardPage() {
  const { t } = useI18n();
  const { me, hasRole } = useAuth();
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const [settingsOpen, setSettingsOpen] = useState(false);
  const active = useWhistles({ status: 'active', pageSize: 50 }, 30_000);
  const history = useWhistles({ page: page.current, pageSize: page.pageSize });
  // A community-level lead blows for its street only when the district has enabled community whistles.
  const community = me?.scope.level === 'community';
  const settings = useWhistleSettings(community);
  const canBlow =
    (hasRole('street_lead') || hasRole('admin')) && (!community || !!settings.data?.communityMayWhistle);
  const canSetUp = canEditGlobal(me);
  const canStats =
    hasRole('street_lead') || hasRole('admin') || hasRole('supervisor') || hasRole('dispatcher');

  return (
    <div data-testid="whistle-board">
      <PageHeader
        title={t('whistle.board')}
        sub={t('whistle.boardSub')}
        extra={
          <Space>
            {canSetUp && (
              <Button
                icon={<SettingOutlined />}
                onClick={() => setSettingsOpen(true)}
                data-testid="whistle-settings-open"
              >
                {t('whistle.settings')}
              </Button>
            )}
            {canBlow && (
              <Link to="/whistles/new">
                <Button type="primary" danger icon={<SoundOutlined />} data-testid="whistle-new">
                  {t('whistle.new')}
                </Button>
              </Link>
            )}
          </Space>
        }
      />
      {canSetUp && <WhistleSettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={t('whistle.openNow')}>
          {active.error && <Alert type="error" showIcon title={active.error.message} />}
          {active.data && active.data.items.length === 0 ? (
            <Empty description={t('whistle.noneOpen')} />
          ) : (
            <Row gutter={[12, 12]}>
              {(active.data?.items ?? []).map((w) => (
                <Col key={w.id} xs={24} md={12} xl={8}>
                  <ActiveCard w={w} />
                </Col>
              ))}
            </Row>
          )}
        </Card>
        {canStats && <StatsCard />}
        <Card size="small" title={t('whistle.history')}>
          <Table<WhistleSummary>
            size="small"
            rowKey="id"
            loading={history.isFetching}
            dataSource={history.data?.items ?? []}
            scroll={{ x: 900 }}
            pagination={{
              ...page,
              total: history.data?.total ?? 0,
              showTotal: (total) => t('common.total', { total }),
              onChange: (current, pageSize) => setPage({ current, pageSize }),
            }}
            columns={[
              {
                title: t('whistle.openedAt'),
                dataIndex: 'openedAt',
                width: 170,
                render: (v: string) => formatDateTime(v),
              },
              {
                title: t('whistle.title'),
                dataIndex: 'title',
                render: (v: string, r) => <Link to={`/whistles/${r.id}`}>{v}</Link>,
              },
              {
                title: t('whistle.kind'),
                dataIndex: 'kind',
                width: 110,
                render: (_: unknown, r) => <KindTag kind={r.kind} />,
              },
              { title: t('whistle.street'), dataIndex: ['street', 'name'], width: 110 },
              {
                title: t('common.status'),
                dataIndex: 'status',
                width: 110,
                render: (_: unknown, r) => <WhistleStatusTag status={r.status} />,
              },
              {
                title: t('whistle.summons'),
                key: 'counts',
                width: 260,
                render: (_: unknown, r) => t('whistle.counts', { ...r.counts }),
              },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
