/**
 * 三率考核: the ranking of a peer group for a month or any range, with change against the previous period; every
 * figure opens the cases behind it (those that cost points first), so a unit's head sees exactly what to fix.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import {
  App,
  Button,
  DatePicker,
  Divider,
  Drawer,
  Empty,
  Form,
  InputNumber,
  Modal,
  Segmented,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import {
  reportUrl,
  useAssessmentSettings,
  useDrill,
  useRanking,
  useSaveAssessmentSettings,
  type AssessmentSettings,
  type DrillItem,
  type Measure,
  type Outcome,
  type PeerGroup,
  type Period,
  type RankingRow,
} from '../../api/assessment.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatChange, formatScore } from '../../lib/format.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

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

function SettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const settings = useAssessmentSettings(open);
  const save = useSaveAssessmentSettings();
  const [form] = Form.useForm<AssessmentSettings>();
  const weight = (name: [string, string], label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
      <InputNumber min={0} max={1} step={0.05} style={{ width: 110 }} />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title={t('asm.settingsTitle')}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending }}
      onOk={() =>
        void form.validateFields().then((v) =>
          save.mutate(v, {
            onSuccess: () => {
              void message.success(t('asm.settingsSaved'));
              onClose();
            },
            onError: showError,
          }),
        )
      }
      destroyOnHidden
    >
      {settings.data && (
        <Form form={form} layout="inline" initialValues={settings.data} preserve={false}>
          <Divider titlePlacement="start" plain>
            {t('asm.weightsTitle')}
          </Divider>
          {weight(['weights', 'response'], t('asm.response'))}
          {weight(['weights', 'resolution'], t('asm.resolution'))}
          {weight(['weights', 'satisfaction'], t('asm.satisfaction'))}
          <Divider titlePlacement="start" plain>
            {t('asm.scoresTitle')}
          </Divider>
          {(['satisfied', 'basically_satisfied', 'unsatisfied'] as const).map((k) => (
            <Form.Item
              key={k}
              name={['ratingScores', k]}
              label={t(`asm.rating.${k}`)}
              style={{ marginBottom: 8 }}
            >
              <InputNumber min={0} max={100} style={{ width: 90 }} />
            </Form.Item>
          ))}
          <Divider titlePlacement="start" plain>
            {t('asm.addOnsTitle')}
          </Divider>
          {weight(['departmentAddOns', 'reportInPunctuality'], t('asm.reportIn'))}
          {weight(['departmentAddOns', 'streetRatings'], t('asm.streetRating'))}
        </Form>
      )}
    </Modal>
  );
}

function detailOf(
  item: DrillItem,
  measure: Measure,
  t: (k: MessageKey, p?: Record<string, string>) => string,
) {
  if (measure === 'response') {
    const due = item.acceptDueAt ? formatDateTime(item.acceptDueAt) : '—';
    if (!item.acceptedAt) return t('asm.notAccepted', { due });
    const at = formatDateTime(item.acceptedAt);
    return item.outcome === 'hit' ? t('asm.acceptedOnTime', { at, due }) : t('asm.acceptedLate', { at, due });
  }
  return (
    <Space size={4}>
      <Tag color={item.resolved ? 'green' : 'red'}>
        {item.resolved ? t('asm.resolved') : t('asm.unresolved')}
      </Tag>
      {item.rating && (
        <Tag color={item.rating === 'satisfied' ? 'green' : item.rating === 'unsatisfied' ? 'red' : 'gold'}>
          {t(`asm.rating.${item.rating}`)}
        </Tag>
      )}
    </Space>
  );
}

function DrillDrawer({
  target,
  period,
  onClose,
}: {
  target: { unitId: string; name: string; measure: Measure } | null;
  period: Period | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>('miss');
  const drill = useDrill(target, period, outcome);
  const measureLabel = target ? t(`asm.${target.measure}`) : '';
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size="large"
      title={target ? t('asm.drillTitle', { unit: target.name, measure: measureLabel }) : ''}
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
      <Table<DrillItem>
        size="small"
        rowKey={(r) => `${r.caseId}-${r.day}-${r.rating ?? ''}`}
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
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 280 }}>
                  {r.title}
                </Typography.Text>
              </Space>
            ),
          },
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
