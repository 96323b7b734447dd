/** A grid worker's log for the leads over them: patrols, visits (as the viewer may see them), quick fixes, tasks. */
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Col, Row, Space, Table, Tag, Typography } from 'antd';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useFieldWorker } from './fieldviewApi.ts';

const SIGNOFF_COLOUR: Record<string, string> = {
  pending: 'blue',
  yellow: 'gold',
  red: 'red',
  signed: 'green',
  replied: 'green',
};

export default function FieldWorkerPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const q = useFieldWorker(id);
  const w = q.data;
  return (
    <>
      <PageHeader
        title={w ? `${t('fv.workerLog')} · ${w.worker.name}` : t('fv.workerLog')}
        sub={
          w
            ? `${w.worker.unit} · ${w.grids.map((g) => g.name).join('、')} · ${t('fv.lastDays', { days: 14 })}`
            : undefined
        }
        extra={<Link to="/fieldwork">{t('fv.back')}</Link>}
      />
      {q.error && <Alert type="error" title={q.error.message} />}
      {w && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text strong>{t('fv.visitsDue', w.visitsDue)}</Typography.Text>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={`${t('fv.patrolLog')} (${w.patrols.length})`}>
                <Table
                  size="small"
                  rowKey="id"
                  dataSource={w.patrols}
                  pagination={{ pageSize: 8, showSizeChanger: false }}
                  scroll={{ x: 480 }}
                  columns={[
                    {
                      title: t('fv.started'),
                      render: (_, p) => (
                        <Link to={`/fieldwork/patrols/${p.id}`}>{formatDateTime(p.startedAt)}</Link>
                      ),
                    },
                    {
                      title: t('fv.duration'),
                      render: (_, p) =>
                        p.endedAt
                          ? t('fv.minutes', {
                              n: Math.round((+new Date(p.endedAt) - +new Date(p.startedAt)) / 60_000),
                            })
                          : '—',
                    },
                    {
                      title: t('fv.distance'),
                      render: (_, p) =>
                        p.distanceM !== null ? `${(p.distanceM / 1000).toFixed(1)} km` : '—',
                    },
                    { title: t('fv.checkins'), dataIndex: 'checkins' },
                    {
                      title: t('fv.track'),
                      render: (_, p) => (p.tracking ? <Tag color="blue">GPS</Tag> : '—'),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={`${t('fv.visitLog')} (${w.visits.length})`}>
                <Table
                  size="small"
                  rowKey="id"
                  dataSource={w.visits}
                  pagination={{ pageSize: 8, showSizeChanger: false }}
                  scroll={{ x: 480 }}
                  columns={[
                    {
                      title: t('fv.visitedAt'),
                      render: (_, v) => (
                        <Link to={`/fieldwork/visits/${v.id}`}>{formatDateTime(v.visitedAt)}</Link>
                      ),
                    },
                    { title: t('fv.mode'), render: (_, v) => t(`fv.mode.${v.mode}`) },
                    { title: t('fv.person'), render: (_, v) => v.person.name ?? '—' },
                    {
                      title: t('fv.tag'),
                      render: (_, v) =>
                        v.tag ? t(`bd.tagType.${v.tag}` as MessageKey) : t('fv.classOnly', { cls: v.class }),
                    },
                    {
                      title: t('fv.anomaly'),
                      render: (_, v) =>
                        v.anomaly ? (
                          <Tag color={v.signoff ? SIGNOFF_COLOUR[v.signoff] : 'red'}>
                            {v.signoff ? t(`fv.signoff.${v.signoff}`) : t('fv.anomaly')}
                          </Tag>
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={`${t('fv.fixLog')} (${w.quickFixes.length})`}>
                <Table
                  size="small"
                  rowKey="id"
                  dataSource={w.quickFixes}
                  pagination={{ pageSize: 5, showSizeChanger: false }}
                  columns={[
                    {
                      title: t('fv.started'),
                      render: (_, f) => (
                        <Link to={`/fieldwork/quick-fixes/${f.id}`}>{formatDateTime(f.settledAt)}</Link>
                      ),
                    },
                    { title: t('fv.note'), dataIndex: 'description' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={`${t('fv.taskLog')} (${w.tasks.length})`}>
                <Table
                  size="small"
                  rowKey="id"
                  dataSource={w.tasks}
                  pagination={{ pageSize: 5, showSizeChanger: false }}
                  columns={[
                    { title: t('fv.taskLog'), dataIndex: 'title' },
                    { title: t('fv.dueAt'), render: (_, k) => formatDateTime(k.dueAt) },
                    {
                      title: '',
                      render: (_, k) => (
                        <Tag color={k.overdue ? 'red' : k.status === 'done' ? 'green' : 'default'}>
                          {k.overdue ? t('fv.task.overdue') : t(`fv.task.${k.status}` as MessageKey)}
                        </Tag>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </>
  );
}
