/**
 * 全市接诉即办排名 (issue 14): every street and town of the city ranked for a month on the three rates and the
 * composite, with its district — the list Beijing publishes monthly — and the districts ranked. Sortable, filtered
 * by district and name; a figure of a street inside the caller's jurisdiction opens the cases behind it.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import {
  Button,
  DatePicker,
  Drawer,
  Empty,
  Input,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ArrowDownOutlined, ArrowUpOutlined, FileExcelOutlined } from '@ant-design/icons';
import type { Measure, Outcome } from '../../api/assessment.ts';
import {
  cityStreetsXlsxUrl,
  useCityRanking,
  useTerritoryDrill,
  type CityLevel,
  type CityRankingRow,
  type TerritoryDrill,
} from '../../api/cityRanking.ts';
import { DataLag } from '../../components/DataLag.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatChange, formatScore } from '../../lib/format.ts';
import { detailOf } from './RankingDrill.tsx';

const RATE_OF: Record<Measure, 'responseRate' | 'resolutionRate' | 'satisfactionRate'> = {
  response: 'responseRate',
  resolution: 'resolutionRate',
  satisfaction: 'satisfactionRate',
};

/** Nulls last whichever way the column is sorted. */
const byRate =
  (pick: (r: CityRankingRow) => number | null) =>
  (a: CityRankingRow, b: CityRankingRow, order?: 'ascend' | 'descend' | null) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null && y === null) return 0;
    if (x === null) return order === 'ascend' ? 1 : -1;
    if (y === null) return order === 'ascend' ? -1 : 1;
    return x - y;
  };

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

function TerritoryDrawer({
  target,
  month,
  onClose,
}: {
  target: { code: string; name: string; measure: Measure } | null;
  month: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>('miss');
  const drill = useTerritoryDrill(target, month, outcome);
  type Item = TerritoryDrill['items'][number];
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size="large"
      title={target ? t('crk.drillTitle', { name: target.name, measure: t(`asm.${target.measure}`) }) : ''}
    >
      <Segmented<Outcome>
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: 'miss', label: t('asm.miss') },
          { value: 'hit', label: t('asm.hit') },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Table<Item>
        size="small"
        data-testid="territory-drill"
        rowKey={(r) => `${r.caseId}-${r.day}-${r.unit.id}-${r.rating ?? ''}`}
        loading={drill.isLoading}
        dataSource={drill.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        footer={() => t('asm.drillNote', { n: String(drill.data?.items.length ?? 0) })}
        columns={[
          {
            title: t('asm.case'),
            dataIndex: 'caseId',
            render: (id: string, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/cases/${id}`}>{id}</Link>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                  {r.title}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('crk.unit'), key: 'unit', render: (_, r) => r.unit.name },
          { title: t('asm.day'), dataIndex: 'day', width: 110 },
          {
            title: t('asm.detail'),
            key: 'detail',
            render: (_, r) => (target ? detailOf(r, target.measure, t) : null),
          },
        ]}
      />
    </Drawer>
  );
}

export default function CityRankingPage() {
  const { t } = useI18n();
  const [level, setLevel] = useState<CityLevel>('street');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [district, setDistrict] = useState<string | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [drill, setDrill] = useState<{ code: string; name: string; measure: Measure } | null>(null);
  const monthParam = month.format('YYYY-MM');
  const ranking = useCityRanking(level, monthParam);
  const data = ranking.data;
  // the district filter's choices: the districts the street list names, in its order
  const districts = useMemo(() => {
    const m = new Map<string, string>();
    for (const r of data?.level === 'street' ? data.rows : [])
      if (r.district) m.set(r.district.code, r.district.name);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [data]);
  const rows = useMemo(() => {
    const q = search.trim();
    return (data?.rows ?? []).filter(
      (r) =>
        (level !== 'street' || !district || r.district?.code === district) &&
        (!q || r.name.includes(q) || (r.district?.name.includes(q) ?? false)),
    );
  }, [data, level, district, search]);

  const figure = (row: CityRankingRow, measure: Measure) => {
    const value = row.rates[RATE_OF[measure]];
    if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
    if (!row.drillable)
      return (
        <Tooltip title={t('crk.outOfScope')}>
          <span>{formatScore(value)}</span>
        </Tooltip>
      );
    return (
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={() => setDrill({ code: row.code, name: row.name, measure })}
      >
        {formatScore(value)}
      </Button>
    );
  };

  const rate = (measure: Measure, title: string) => ({
    title,
    key: measure,
    width: 96,
    align: 'right' as const,
    sorter: byRate((r) => r.rates[RATE_OF[measure]]),
    render: (_: unknown, r: CityRankingRow) => figure(r, measure),
  });

  const columns: ColumnsType<CityRankingRow> = [
    {
      title: t('asm.rank'),
      dataIndex: 'rank',
      width: 64,
      sorter: byRate((r) => (r.rank === null ? null : -r.rank)),
      render: (r: number | null) => (r === null ? '—' : <Typography.Text strong>{r}</Typography.Text>),
    },
    {
      title: level === 'street' ? t('crk.street') : t('crk.districtCol'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string, r) =>
        r.drillable && data?.scopeCode !== data?.city.code ? (
          <Space size={4}>
            {name}
            <Tag color="blue" style={{ marginInlineEnd: 0 }}>
              {t('asm.own')}
            </Tag>
          </Space>
        ) : (
          name
        ),
    },
    ...(level === 'street'
      ? [
          {
            title: t('crk.district'),
            key: 'district',
            width: 110,
            sorter: (a: CityRankingRow, b: CityRankingRow) =>
              (a.district?.name ?? '').localeCompare(b.district?.name ?? '', 'zh-CN'),
            render: (_: unknown, r: CityRankingRow) => r.district?.name ?? '—',
          },
        ]
      : []),
    rate('response', t('asm.response')),
    rate('resolution', t('asm.resolution')),
    rate('satisfaction', t('asm.satisfaction')),
    {
      title: t('asm.composite'),
      key: 'composite',
      width: 96,
      align: 'right',
      defaultSortOrder: undefined,
      sorter: byRate((r) => r.rates.composite),
      render: (_: unknown, r) => <Typography.Text strong>{formatScore(r.rates.composite)}</Typography.Text>,
    },
    {
      title: t('asm.change'),
      dataIndex: 'change',
      width: 96,
      align: 'right',
      sorter: byRate((r) => r.change),
      render: (v: number | null) => <Change value={v} />,
    },
    {
      title: `${t('crk.assigned')} / ${t('crk.callbacks')}`,
      key: 'counts',
      width: 110,
      align: 'right',
      render: (_: unknown, r) => `${r.counts.responseHit + r.counts.responseMiss} / ${r.counts.callbacks}`,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('crk.title')}
        sub={t('crk.subtitle')}
        extra={
          <>
            <DataLag lag={data?.dataLag} />
            <DatePicker
              picker="month"
              value={month}
              allowClear={false}
              onChange={(d) => d && setMonth(d)}
              data-testid="crk-month"
            />
            {level === 'street' && (
              <Button icon={<FileExcelOutlined />} href={cityStreetsXlsxUrl(monthParam, district)}>
                {t('asm.exportXlsx')}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        activeKey={level}
        onChange={(k) => {
          // a street's name or a district filter means nothing on the other list
          setLevel(k as CityLevel);
          setSearch('');
          setDistrict(undefined);
        }}
        items={[
          { key: 'street', label: t('crk.streets') },
          { key: 'district', label: t('crk.districts') },
        ]}
      />
      <Space wrap style={{ marginBottom: 8 }}>
        {level === 'street' && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('crk.allDistricts')}
            style={{ width: 180 }}
            value={district}
            onChange={setDistrict}
            options={districts}
            data-testid="crk-district"
          />
        )}
        <Input.Search
          allowClear
          placeholder={t('crk.search')}
          style={{ width: 220 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="crk-search"
        />
        {data && (
          <Typography.Text type="secondary" data-testid="crk-count">
            {t('crk.period', {
              city: data.city.name,
              from: data.period.from,
              to: data.period.to,
              pfrom: data.previousPeriod.from,
              pto: data.previousPeriod.to,
            })}
            {' · '}
            {t('crk.count', { n: rows.length })}
          </Typography.Text>
        )}
      </Space>
      <Table<CityRankingRow>
        rowKey="code"
        size="small"
        data-testid="crk-table"
        loading={ranking.isLoading}
        dataSource={rows}
        columns={columns}
        showSorterTooltip={false}
        pagination={{ defaultPageSize: 50, pageSizeOptions: [50, 100, 400], showSizeChanger: true }}
        locale={{ emptyText: <Empty description={t('asm.noData')} /> }}
        scroll={{ x: 900 }}
        sticky
      />
      <TerritoryDrawer target={drill} month={monthParam} onClose={() => setDrill(null)} />
    </>
  );
}
