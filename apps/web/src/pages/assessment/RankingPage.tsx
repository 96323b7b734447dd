/**
 * 三率考核: the ranking of a peer group for a month or any range, with change against the previous period; every
 * figure opens the cases behind it (those that cost points first), so a unit's head sees exactly what to fix.
 */
import { useMemo, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Button, DatePicker, Empty, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import {
  reportUrl,
  useRanking,
  type Measure,
  type PeerGroup,
  type Period,
  type RankingRow,
} from '../../api/assessment.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { DataLag } from '../../components/DataLag.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatChange, formatScore } from '../../lib/format.ts';
import { SettingsModal } from './RankingSettingsModal.tsx';
import { DrillDrawer } from './RankingDrill.tsx';

const GROUPS: PeerGroup[] = ['street', 'town', 'department', 'enterprise', 'community'];
const RATE_OF: Record<Measure, 'responseRate' | 'resolutionRate' | 'satisfactionRate'> = {
  response: 'responseRate',
  resolution: 'resolutionRate',
  satisfaction: 'satisfactionRate',
};

const pct = (x: number | null) => formatScore(x);

function Change({ value }: { value: number | null }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (value === 0) return <Typography.Text type="secondary">0.00</Typography.Text>;
  const up = value > 0;
  return (
    <Typography.Text style={{ color: up ? '#389e0d' : '#cf1322', whiteSpace: 'nowrap' }}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {formatChange(value)}
    </Typography.Text>
  );
}

export default function RankingPage() {
  const { t } = useI18n();
  const [mode, setMode] = useState<'month' | 'range'>('month');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [group, setGroup] = useState<PeerGroup | undefined>(undefined);
  const [drill, setDrill] = useState<{ unitId: string; name: string; measure: Measure } | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const period: Period | null = useMemo(() => {
    if (mode === 'range' && range)
      return { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
    return {
      from: month.startOf('month').format('YYYY-MM-DD'),
      to: month.endOf('month').format('YYYY-MM-DD'),
    };
  }, [mode, month, range]);
  const ranking = useRanking(period, group);
  const data = ranking.data;
  const activeGroup = data?.group ?? group ?? 'street';
  const monthParam = (mode === 'month' ? month : (range?.[0] ?? month)).format('YYYY-MM');

  const figure = (row: RankingRow, measure: Measure) => {
    const value = row.rates[RATE_OF[measure]];
    if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={() => setDrill({ unitId: row.unitId, name: row.name, measure })}
        disabled={!data?.seesAll && row.unitId !== data?.ownUnitId}
      >
        {pct(value)}
      </Button>
    );
  };

  const columns = [
    {
      title: t('asm.rank'),
      dataIndex: 'rank',
      width: 70,
      render: (r: number | null) => (r === null ? '—' : <Typography.Text strong>{r}</Typography.Text>),
    },
    {
      title: t('asm.unit'),
      dataIndex: 'name',
      render: (name: string, row: RankingRow) => (
        <Space size={6}>
          {name}
          {row.unitId === data?.ownUnitId && <Tag color="blue">{t('asm.own')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('asm.response'),
      key: 'response',
      width: 100,
      render: (_: unknown, r: RankingRow) => figure(r, 'response'),
    },
    {
      title: t('asm.resolution'),
      key: 'resolution',
      width: 100,
      render: (_: unknown, r: RankingRow) => figure(r, 'resolution'),
    },
    {
      title: t('asm.satisfaction'),
      key: 'satisfaction',
      width: 100,
      render: (_: unknown, r: RankingRow) => figure(r, 'satisfaction'),
    },
    ...(activeGroup === 'department'
      ? [
          {
            title: t('asm.reportIn'),
            key: 'reportIn',
            width: 110,
            render: (_: unknown, r: RankingRow) => pct(r.rates.reportInRate),
          },
          {
            title: t('asm.streetRating'),
            key: 'streetRating',
            width: 100,
            render: (_: unknown, r: RankingRow) => pct(r.rates.streetRatingScore),
          },
        ]
      : []),
    {
      title: t('asm.composite'),
      key: 'composite',
      width: 110,
      render: (_: unknown, r: RankingRow) => (
        <Typography.Text strong>{pct(r.rates.composite)}</Typography.Text>
      ),
    },
    {
      title: t('asm.change'),
      dataIndex: 'change',
      width: 100,
      render: (v: number | null) => <Change value={v} />,
    },
    {
      title: t('asm.counts'),
      key: 'counts',
      width: 120,
      render: (_: unknown, r: RankingRow) =>
        `${r.counts.responseHit + r.counts.responseMiss} / ${r.counts.callbacks}`,
    },
  ];

  const w = data?.settings.weights;
  return (
    <>
      <PageHeader
        title={t('asm.title')}
        sub={t('asm.subtitle')}
        extra={
          <>
            <DataLag lag={data?.dataLag} />
            <Segmented<'month' | 'range'>
              value={mode}
              onChange={setMode}
              options={[
                { value: 'month', label: t('asm.month') },
                { value: 'range', label: t('asm.range') },
              ]}
            />
            {mode === 'month' ? (
              <DatePicker
                picker="month"
                value={month}
                allowClear={false}
                onChange={(d) => d && setMonth(d)}
              />
            ) : (
              <DatePicker.RangePicker
                value={range}
                onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)}
              />
            )}
            <Button icon={<FileExcelOutlined />} href={reportUrl('xlsx', monthParam)}>
              {t('asm.exportXlsx')}
            </Button>
            <Button icon={<FilePdfOutlined />} href={reportUrl('pdf', monthParam)} target="_blank">
              {t('asm.exportPdf')}
            </Button>
            {data?.seesAll && (
              <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
                {t('asm.settings')}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        activeKey={activeGroup}
        onChange={(k) => setGroup(k as PeerGroup)}
        items={(data?.seesAll ? GROUPS : [activeGroup]).map((g) => ({ key: g, label: t(`asm.group.${g}`) }))}
      />
      {data && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('asm.period', {
            from: data.period.from,
            to: data.period.to,
            pfrom: data.previousPeriod.from,
            pto: data.previousPeriod.to,
          })}
          {w &&
            ` · ${t('asm.weights', { r: String(w.response), s: String(w.resolution), t: String(w.satisfaction) })}`}
        </Typography.Paragraph>
      )}
      <Table<RankingRow>
        rowKey="unitId"
        size="middle"
        loading={ranking.isLoading}
        dataSource={data?.rows ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <Empty description={t('asm.noData')} /> }}
        rowClassName={(r) => (r.unitId === data?.ownUnitId ? 'ant-table-row-selected' : '')}
        scroll={{ x: 900 }}
      />
      <DrillDrawer target={drill} period={period} onClose={() => setDrill(null)} />
      <SettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </>
  );
}
