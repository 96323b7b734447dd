/** 网格工作: the street's and the community's view of field work — staffing, coverage map, visits, tasks, mediation. */
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  Alert,
  Card,
  Col,
  Empty,
  Row,
  Segmented,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EChart } from '../../components/EChart.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { registerGeoJson, type MapChartOption } from '../../lib/echarts.ts';
import { safeHtml } from '../../lib/html.ts';
import { formatDateTime } from '../../lib/time.ts';
import {
  useFieldGrids,
  useFieldOverview,
  useGridShapes,
  type FieldGridRow,
  type FieldOverview,
  type Period,
} from './fieldviewApi.ts';

const COLOURS = { covered: '#52c41a', notCovered: '#faad14', unstaffed: '#ff4d4f' } as const;

function gridState(g: FieldGridRow): keyof typeof COLOURS {
  if (g.workers.length === 0) return 'unstaffed';
  return g.patrols > 0 ? 'covered' : 'notCovered';
}

function CountsRow({ items }: { items: { label: string; value: number; colour?: string }[] }) {
  return (
    <Space size={16} wrap>
      {items.map((i) => (
        <Statistic
          key={i.label}
          title={i.label}
          value={i.value}
          styles={{ content: { color: i.colour, fontSize: 20 } }}
        />
      ))}
    </Space>
  );
}

function Summary({ o }: { o: FieldOverview }) {
  const { t } = useI18n();
  const km = (o.patrols.distanceM / 1000).toFixed(1);
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small" title={t('fv.staffing')}>
          <Typography.Text>{t('fv.staffed', o.staffing)}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small" title={t('fv.coverage')}>
          <Typography.Text>{t('fv.covered', o.coverage)}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small" title={t('fv.patrols')}>
          <Typography.Text>{t('fv.patrolsLine', { ...o.patrols, km })}</Typography.Text>
        </Card>
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Card size="small" title={t('fv.quickFixes')}>
          <Typography.Text>{t('fv.quickFixesLine', { n: o.quickFixes })}</Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

function VisitsCard({ o }: { o: FieldOverview }) {
  const { t } = useI18n();
  const rows = [
    ...o.visits.byTag.map((r) => ({ key: r.tag, ...r })),
    { key: 'total', tag: null, class: '', ...o.visits.total },
  ];
  return (
    <Card size="small" title={t('fv.visits')} data-testid="fv-visits">
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          {
            title: t('fv.tag'),
            render: (_, r) =>
              r.tag ? (
                <Space size={4}>
                  {t(`bd.tagType.${r.tag}` as MessageKey)}
                  {r.class === 'P3' && <Tag color="purple">P3</Tag>}
                </Space>
              ) : (
                <b>{t('fv.total')}</b>
              ),
          },
          {
            title: t('fv.overdue'),
            dataIndex: 'overdue',
            render: (v: number) => <span style={{ color: v ? '#cf1322' : undefined }}>{v}</span>,
          },
          { title: t('fv.due'), dataIndex: 'due' },
          { title: t('fv.upcoming'), dataIndex: 'upcoming' },
          { title: t('fv.done'), dataIndex: 'done' },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('fv.visitsHint')}
      </Typography.Text>
    </Card>
  );
}

function CoverageMap({ scope, grids }: { scope: string; grids: FieldGridRow[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const shapes = useGridShapes(scope);
  const byCode = useMemo(() => new Map(grids.map((g) => [g.code, g])), [grids]);
  const option = useMemo<MapChartOption | null>(() => {
    const fc = shapes.data;
    if (!fc || fc.features.length === 0) return null;
    const features = fc.features.filter((f) => f.properties.kind === 'grid');
    const name = registerGeoJson(`fv-${scope}`, { ...fc, features });
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const g = byCode.get((p as { name?: string }).name ?? '');
          if (!g) return '';
          const who = g.workers.map((w) => w.name).join('、') || t('fv.noWorker');
          return safeHtml`<b>${g.name}</b><br/>${t('fv.worker')}: ${who}<br/>${t('fv.patrols')}: ${g.patrols}<br/>${t('fv.visitsOverdue')}: ${g.visitsOverdue}`
            .markup;
        },
      },
      series: [
        {
          type: 'map',
          map: name,
          nameProperty: 'code',
          roam: true,
          selectedMode: false,
          aspectScale: 0.78,
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          label: { show: false },
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.6, areaColor: '#d9d9d9' },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#1677ff' } },
          data: features.map((f) => {
            const g = byCode.get(f.properties.code);
            return {
              name: f.properties.code,
              itemStyle: { areaColor: g ? COLOURS[gridState(g)] : '#d9d9d9' },
            };
          }),
        },
      ],
    };
  }, [shapes.data, byCode, scope, t]);
  return (
    <Card
      size="small"
      title={t('fv.map')}
      extra={
        <Space size={8} wrap>
          {(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((k) => (
            <Space key={k} size={4}>
              <span style={{ display: 'inline-block', width: 10, height: 10, background: COLOURS[k] }} />
              <span style={{ fontSize: 12 }}>{t(`fv.legend.${k}`)}</span>
            </Space>
          ))}
        </Space>
      }
    >
      {option ? (
        <EChart
          option={option}
          style={{ height: 380 }}
          testId="fv-map"
          onClick={(p) => {
            const g = byCode.get(p.name ?? '');
            const w = g?.workers[0];
            if (w) void navigate(`/fieldwork/workers/${w.id}`);
          }}
        />
      ) : (
        <Empty />
      )}
    </Card>
  );
}

function GridTable({ grids }: { grids: FieldGridRow[] }) {
  const { t } = useI18n();
  const [gaps, setGaps] = useState(false);
  const rows = gaps ? grids.filter((g) => gridState(g) !== 'covered') : grids;
  return (
    <Card
      size="small"
      title={`${t('fv.grids')} (${rows.length})`}
      extra={
        <Space size={4}>
          <Switch size="small" checked={gaps} onChange={setGaps} />
          <span style={{ fontSize: 12 }}>{t('fv.onlyGaps')}</span>
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="code"
        dataSource={rows}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        columns={[
          { title: t('fv.grid'), dataIndex: 'name' },
          { title: t('fv.community'), render: (_, g) => g.community.name },
          {
            title: t('fv.worker'),
            render: (_, g) =>
              g.workers.length ? (
                <Space size={4} wrap>
                  {g.workers.map((w) => (
                    <Link key={w.id} to={`/fieldwork/workers/${w.id}`}>
                      {w.name}
                    </Link>
                  ))}
                </Space>
              ) : (
                <Tag color="red">{t('fv.noWorker')}</Tag>
              ),
          },
          {
            title: t('fv.patrols'),
            dataIndex: 'patrols',
            render: (v: number, g) => (
              <Tag color={v ? 'green' : gridState(g) === 'unstaffed' ? 'red' : 'orange'}>{v}</Tag>
            ),
          },
          {
            title: t('fv.lastPatrol'),
            render: (_, g) => (g.lastPatrolAt ? formatDateTime(g.lastPatrolAt) : t('fv.never')),
          },
          {
            title: t('fv.visitsOverdue'),
            dataIndex: 'visitsOverdue',
            sorter: (a, b) => a.visitsOverdue - b.visitsOverdue,
          },
          {
            title: t('fv.tasksOpen'),
            render: (_, g) => `${g.tasksOpen}${g.tasksOverdue ? ` (${g.tasksOverdue}⚠)` : ''}`,
          },
        ]}
      />
    </Card>
  );
}

export default function FieldworkPage() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<Period>('today');
  const overview = useFieldOverview(period);
  const grids = useFieldGrids(period);
  const o = overview.data;
  return (
    <>
      <PageHeader
        title={t('fv.title')}
        sub={o ? t('fv.sub', { scope: o.scope.name }) : undefined}
        extra={
          <Segmented
            value={period}
            onChange={(v) => setPeriod(v as Period)}
            options={[
              { value: 'today', label: t('fv.period.today') },
              { value: 'week', label: t('fv.period.week') },
            ]}
          />
        }
      />
      {overview.error && <Alert type="error" title={overview.error.message} />}
      {o && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Summary o={o} />
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={14}>
              <CoverageMap scope={o.scope.code} grids={grids.data?.items ?? []} />
            </Col>
            <Col xs={24} lg={10}>
              <VisitsCard o={o} />
            </Col>
          </Row>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('fv.signoffs')}>
                <CountsRow
                  items={[
                    { label: t('fv.signoff.pending'), value: o.signoffs.pending },
                    { label: t('fv.signoff.yellow'), value: o.signoffs.yellow, colour: '#d48806' },
                    { label: t('fv.signoff.red'), value: o.signoffs.red, colour: '#cf1322' },
                    { label: t('fv.signoff.signed'), value: o.signoffs.signed },
                    { label: t('fv.signoff.replied'), value: o.signoffs.replied },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card
                size="small"
                title={t('fv.tasks')}
                extra={<Link to="/fieldwork/tasks">{t('fv.tasksLink')}</Link>}
              >
                <CountsRow
                  items={[
                    { label: t('fv.task.assigned'), value: o.tasks.assigned },
                    { label: t('fv.task.accepted'), value: o.tasks.accepted },
                    { label: t('fv.task.done'), value: o.tasks.done },
                    { label: t('fv.task.overdue'), value: o.tasks.overdue, colour: '#cf1322' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card
                size="small"
                title={t('fv.mediation')}
                extra={t('fv.mediationTotal', { n: o.mediation.total })}
              >
                <CountsRow
                  items={(['received', 'mediating', 'agreed', 'terminated', 'closed'] as const).map((k) => ({
                    label: t(`fv.med.${k}`),
                    value: o.mediation.byStatus[k] ?? 0,
                  }))}
                />
              </Card>
            </Col>
          </Row>
          <GridTable grids={grids.data?.items ?? []} />
        </Space>
      )}
    </>
  );
}
