/** An application: parallel stages with deadlines and lights, promised materials, the department's steps, hand-out. */
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Input, Space, Spin, Table, Tag, Timeline } from 'antd';
import { api } from '../../api/client.ts';
import type { ServiceApplicationDetail, ServiceStage } from '../../api/services.ts';
import { hasMessage, useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { LightTag } from './bits.tsx';
import { RatingPanel } from './RatingPanel.tsx';

const ACTIONS: Record<string, ('accept' | 'request_more' | 'resume' | 'approve' | 'reject')[]> = {
  pending: ['accept', 'request_more', 'reject'],
  accepted: ['approve', 'request_more', 'reject'],
  more_requested: ['resume', 'reject'],
};

export default function ApplicationPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const key = ['services', 'application', id];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api.get<ServiceApplicationDetail>(`/api/services/applications/${id}`),
  });
  const done = () => void qc.invalidateQueries({ queryKey: ['services'] });
  const fail = (e: Error) => void message.error(e.message);
  const act = useMutation({
    mutationFn: (v: { stage: string; action: string }) =>
      api.post(`/api/services/stages/${v.stage}/action`, { action: v.action, ...(note ? { note } : {}) }),
    onSuccess: () => {
      setNote('');
      done();
    },
    onError: fail,
  });
  const handOut = useMutation({
    mutationFn: () => api.post(`/api/services/applications/${id}/hand-out`),
    onSuccess: done,
    onError: fail,
  });
  const fulfil = useMutation({
    mutationFn: (code: string) => api.post(`/api/services/applications/${id}/obligations/${code}/fulfil`, {}),
    onSuccess: done,
    onError: fail,
  });
  if (q.isLoading) return <Spin size="large" style={{ display: 'block', padding: 80 }} />;
  if (q.error || !q.data) return <Alert type="error" showIcon title={q.error?.message} />;
  const a = q.data;
  // Some events carry a code in their note (a rating level, the merged outcome, a material): shown as words.
  const eventNote = (kind: string, note: string | null): string | null => {
    if (!note) return null;
    const key =
      kind === 'rated' || kind === 'fix_rated'
        ? `rate.level.${note}`
        : kind === 'merged'
          ? `svc.outcome.${note}`
          : null;
    if (key && hasMessage(key)) return t(key);
    if (kind === 'obligation_fulfilled')
      return a.obligations.find((o) => o.materialCode === note)?.materialName ?? note;
    return note;
  };
  const mine = new Set(a.myStageIds);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={
          <Space>
            {a.title}
            <Tag data-testid="svc-status">{t(`svc.status.${a.status}` as MessageKey)}</Tag>
            {a.tolerant && <Tag color="orange">{t('svc.tolerant')}</Tag>}
            {a.outcome && (
              <Tag color={a.outcome === 'approved' ? 'green' : 'red'}>
                {t(`svc.outcome.${a.outcome}` as MessageKey)}
              </Tag>
            )}
          </Space>
        }
        extra={
          a.canHandOut && (
            <Button
              type="primary"
              data-testid="svc-handout"
              onClick={() => handOut.mutate()}
              loading={handOut.isPending}
            >
              {t('svc.handOut')}
            </Button>
          )
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('svc.app.tracking')}>{a.trackingCode}</Descriptions.Item>
          <Descriptions.Item label={t('svc.app.applicant')}>
            {a.applicant.name} {a.applicant.idNumber}
          </Descriptions.Item>
          <Descriptions.Item label={t('svc.app.window')}>
            {a.window.name} · {t(`svc.channel.${a.channel}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('svc.app.received')}>{formatDateTime(a.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('svc.app.due')}>
            {a.dueAt ? formatDateTime(a.dueAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('svc.app.progress')}>
            {a.stagesDone}/{a.stagesTotal} <LightTag light={a.light} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('svc.stages')} size="small">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={a.stages}
          data-testid="svc-stages"
          columns={[
            { title: t('svc.stage.unit'), render: (_, s) => s.unit.name },
            { title: t('svc.stage.item'), render: (_, s) => s.item.name },
            {
              title: t('svc.app.status'),
              dataIndex: 'status',
              render: (v: string) => t(`svc.stage.${v}` as MessageKey),
            },
            { title: t('svc.stage.due'), dataIndex: 'dueAt', render: (d: string) => formatDateTime(d) },
            {
              title: t('svc.stage.decided'),
              dataIndex: 'decidedAt',
              render: (d: string | null) => (d ? formatDateTime(d) : ''),
            },
            { title: '', dataIndex: 'light', render: (l: ServiceStage['light']) => <LightTag light={l} /> },
            { title: t('svc.action.note'), dataIndex: 'note' },
            {
              title: '',
              render: (_, s) =>
                mine.has(s.id) ? (
                  <Space>
                    {(ACTIONS[s.status] ?? []).map((action) => (
                      <Button
                        key={action}
                        size="small"
                        data-testid={`svc-act-${action}`}
                        danger={action === 'reject'}
                        onClick={() => act.mutate({ stage: s.id, action })}
                      >
                        {t(`svc.action.${action}` as MessageKey)}
                      </Button>
                    ))}
                  </Space>
                ) : null,
            },
          ]}
        />
        {a.myStageIds.length > 0 && (
          <Input.TextArea
            style={{ marginTop: 8 }}
            rows={2}
            placeholder={t('svc.action.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Card>
      {a.obligations.length > 0 && (
        <Card title={t('svc.obligations')} size="small">
          {a.obligations.map((o) => (
            <Space key={o.materialCode} style={{ display: 'flex', marginBottom: 6 }}>
              {o.materialName}
              <Tag color={o.state === 'fulfilled' ? 'green' : o.state === 'overdue' ? 'red' : 'orange'}>
                {t(`svc.obligation.${o.state}` as MessageKey)}
              </Tag>
              {formatDateTime(o.dueAt)}
              {o.state !== 'fulfilled' && a.canHandOut !== undefined && (
                <Button size="small" data-testid="svc-fulfil" onClick={() => fulfil.mutate(o.materialCode)}>
                  {t('svc.obligation.fulfil')}
                </Button>
              )}
            </Space>
          ))}
        </Card>
      )}
      <RatingPanel id={a.id} />
      <Card title={t('svc.events')} size="small">
        <Timeline
          items={a.events.map((e) => {
            const note = eventNote(e.kind, e.note);
            return {
              content: `${formatDateTime(e.at)} ${t(`svc.event.${e.kind}` as MessageKey)}${e.unitName ? ` · ${e.unitName}` : ''}${note ? ` · ${note}` : ''}`,
            };
          })}
        />
      </Card>
    </Space>
  );
}
