/** 主动治理: proactive tasks, and one task with its plan, progress notes and before/after effect chart. */
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  List,
  Row,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTask, useTaskAction, useTasks, type ProactiveTask } from '../../api/hotspots.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { Bars, useNames } from './bits.tsx';

function StatusTag({ status }: { status: ProactiveTask['status'] }) {
  const { t } = useI18n();
  return <Tag color={status === 'open' ? 'processing' : 'success'}>{t(`proactive.status.${status}`)}</Tag>;
}

function TaskDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const names = useNames();
  const { data } = useTask(id);
  const act = useTaskAction(id);
  const [note, setNote] = useState('');
  if (!data) return null;
  const e = data.effect;
  const chart = [
    ...e.before.map((v, i) => ({ label: `-${e.before.length - i}`, value: v, color: '#fa8c16' })),
    ...e.after.map((v, i) => ({ label: `+${i + 1}`, value: v, color: '#52c41a' })),
  ];
  return (
    <div>
      <PageHeader title={data.title} sub={t('proactive.created', { at: formatDateTime(data.createdAt) })} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('proactive.status')}>
                <StatusTag status={data.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('proactive.topic')}>
                {names.place(data.place)} · {names.group(data.group)}
                {data.month ? ` · ${data.month}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('proactive.owner')}>{data.owner.name}</Descriptions.Item>
              <Descriptions.Item label={t('proactive.coUnits')}>
                {data.coUnits.map((u) => u.name).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('proactive.deadline')}>{data.deadline}</Descriptions.Item>
              <Descriptions.Item label={t('proactive.plan')}>{data.plan}</Descriptions.Item>
              {data.closeNote && (
                <Descriptions.Item label={t('proactive.closeNote')}>{data.closeNote}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('proactive.effect')} data-testid="effect-chart">
            <Bars data={chart} height={110} />
            <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, color: '#999' }}>
              <span>{t('proactive.before')}</span>
              <span>{t('proactive.after')}</span>
            </div>
            <Typography.Text type="secondary">
              {e.change === null
                ? t('proactive.changeUnknown')
                : t('proactive.change', { value: `${Math.round(e.change * 100)}%` })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('proactive.notes')} style={{ marginTop: 16 }}>
        <List
          size="small"
          dataSource={data.notes}
          locale={{ emptyText: '—' }}
          renderItem={(n) => (
            <List.Item>
              <Typography.Text type="secondary">
                {formatDateTime(n.createdAt)} {n.author}
              </Typography.Text>
              ：{n.body}
            </List.Item>
          )}
        />
        {(data.canNote || data.canManage) && data.status === 'open' && (
          <Space.Compact style={{ width: '100%', marginTop: 8 }}>
            <Input value={note} onChange={(ev) => setNote(ev.target.value)} maxLength={2000} />
            {data.canNote && (
              <Button
                disabled={!note.trim()}
                loading={act.isPending}
                onClick={() => act.mutate({ kind: 'notes', body: note }, { onSuccess: () => setNote('') })}
              >
                {t('proactive.addNote')}
              </Button>
            )}
            {data.canManage && (
              <Button
                type="primary"
                data-testid="proactive-close"
                disabled={!note.trim()}
                loading={act.isPending}
                onClick={() => act.mutate({ kind: 'close', note }, { onSuccess: () => setNote('') })}
              >
                {t('proactive.close')}
              </Button>
            )}
          </Space.Compact>
        )}
      </Card>
    </div>
  );
}

export default function ProactivePage() {
  const { id } = useParams();
  const { t } = useI18n();
  const names = useNames();
  const { data, isLoading } = useTasks();
  if (id) return <TaskDetail id={id} />;
  return (
    <div>
      <PageHeader title={t('proactive.title')} sub={t('proactive.sub')} />
      <Table<ProactiveTask>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={t('proactive.empty')} /> }}
        columns={[
          {
            title: t('proactive.taskTitle'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/proactive/${r.id}`}>{v}</Link>,
          },
          {
            title: t('proactive.topic'),
            key: 'topic',
            render: (_: unknown, r) => (
              <span>
                {names.place(r.place)} · {names.group(r.group)}
              </span>
            ),
          },
          { title: t('proactive.owner'), dataIndex: ['owner', 'name'] },
          { title: t('proactive.deadline'), dataIndex: 'deadline', width: 110 },
          {
            title: t('proactive.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: ProactiveTask['status']) => <StatusTag status={s} />,
          },
        ]}
      />
    </div>
  );
}
