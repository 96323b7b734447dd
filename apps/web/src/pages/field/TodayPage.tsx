/** 我的一天: what is due today — visits overdue and due, tasks, the patrol, what waits to be sent — and the grid map. */
import { Link } from 'react-router-dom';
import { Button, Card, Col, Row, Statistic, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/index.tsx';
import { useFieldQueue } from '../../lib/fieldQueue.ts';
import { visitCounts } from '../../lib/fieldRules.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useNow } from '../../lib/useNow.ts';
import { useOnline } from '../cases/patrolBits.tsx';
import { DataAge } from './fieldBits.tsx';
import { FieldMap } from './FieldMap.tsx';
import { usePatrolRun } from './usePatrolRun.ts';
import { useFieldData } from './useFieldData.tsx';

export default function TodayPage() {
  const { t } = useI18n();
  const data = useFieldData();
  const online = useOnline();
  const now = useNow(60_000);
  const { pending, setAside } = useFieldQueue();
  const { run } = usePatrolRun(data.settings.trackIntervalS);
  const counts = visitCounts(data.visits);
  const stat = (title: string, value: number | string, to: string, color: string, testid: string) => (
    <Col span={12}>
      <Link to={to}>
        <Card size="small" data-testid={testid}>
          <Statistic title={title} value={value} styles={{ content: { color, fontSize: 26 } }} />
        </Card>
      </Link>
    </Col>
  );
  return (
    <div data-testid="field-today">
      <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
        {t('field.today.title')}
      </Typography.Title>
      <Row gutter={[10, 10]}>
        {stat(
          t('field.today.overdue'),
          counts.overdue,
          '/field/visits',
          counts.overdue ? '#cf1322' : '#8c8c8c',
          'today-overdue',
        )}
        {stat(
          t('field.today.due'),
          counts.due,
          '/field/visits',
          counts.due ? '#d46b08' : '#8c8c8c',
          'today-due',
        )}
        {stat(t('field.today.tasks'), '→', '/field/tasks', '#1f4e9c', 'today-tasks')}
        {stat(
          t('field.today.queue'),
          pending.length + setAside.length,
          '/field/queue',
          pending.length ? '#d46b08' : '#8c8c8c',
          'today-queue',
        )}
      </Row>
      <Card size="small" style={{ marginTop: 10 }} data-testid="today-patrol">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <div style={{ flex: 1 }}>
            <Typography.Text strong>{t('field.today.patrol')}</Typography.Text>
            <div style={{ fontSize: 13, color: '#595959' }}>
              {run
                ? t('field.patrol.runningSince', { at: formatDateTime(run.startedAt) })
                : t('field.today.patrolsToday', { n: data.patrolLog.length })}
            </div>
          </div>
          <Link to="/field/patrol">
            <Button type={run ? 'default' : 'primary'}>
              {run ? t('field.today.continue') : t('field.patrol.start')}
            </Button>
          </Link>
        </div>
      </Card>
      <Card size="small" style={{ marginTop: 10 }} data-testid="today-buildings">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <div style={{ flex: 1 }}>
            <Typography.Text strong>{t('field.today.buildings')}</Typography.Text>
            <div style={{ fontSize: 13, color: '#595959' }}>{t('field.today.buildingsSub')}</div>
          </div>
          <Link to="/field/buildings">
            <Button>{t('field.today.open')}</Button>
          </Link>
        </div>
      </Card>
      <Card
        size="small"
        style={{ marginTop: 10 }}
        title={t('field.map.title')}
        extra={
          <Button
            size="small"
            icon={<ReloadOutlined />}
            loading={data.refreshing}
            disabled={!online}
            onClick={() => void data.refresh()}
            data-testid="field-refresh"
          >
            {t('field.data.refresh')}
          </Button>
        }
      >
        <div style={{ fontSize: 12, color: '#8c8c8c', marginBottom: 6 }}>
          <DataAge savedAt={data.savedAt} now={new Date(now)} />
        </div>
        {data.bundle ? (
          <FieldMap bundle={data.bundle} track={run?.points.map((p) => [p.lon, p.lat] as [number, number])} />
        ) : (
          <Typography.Text type="secondary">{t('field.map.none')}</Typography.Text>
        )}
        {data.refreshError && online && (
          <div style={{ fontSize: 12, color: '#ad6800', marginTop: 6 }}>
            {t('field.data.refreshFailed', { message: data.refreshError })}
          </div>
        )}
      </Card>
    </div>
  );
}
