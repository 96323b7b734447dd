/**
 * 我的任务 on the phone (390×844): accept, report done with evidence and photos. The done report goes through the
 * send queue (待发送) like a visit — made offline, sent once by its instance id when the network is back — and the
 * list is kept on the phone, so the page opens without a network.
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useFieldTasks, useTaskStep, type FieldTask } from '../../../api/fieldtasks.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { enqueueField, newInstanceId, SYNCED, useFieldQueue } from '../../../lib/fieldQueue.ts';
import { readField, writeField } from '../../../lib/fieldStore.ts';
import { formatMinute } from '../../../lib/time.ts';
import { useShowError } from '../../../lib/useApiError.ts';
import { StatusTag } from '../../fieldwork/tasks/FieldTasksPage.tsx';
import { PhotoPicker } from '../fieldBits.tsx';

/** The url a task's done report is posted to (the queue entry names the task by it). */
const doneUrl = (id: string) => `/api/field/tasks/${id}/done`;

function DoneForm({ task, onDone }: { task: FieldTask; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ evidence: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      // one instance id per filled form: a resend after a lost answer is recognised, never stored twice
      await enqueueField(
        'task',
        doneUrl(task.id),
        { instanceId: newInstanceId(), evidence: v.evidence, deviceAt: new Date().toISOString() },
        photos,
        task.title,
      );
      void message.success(navigator.onLine ? t('field.saved') : t('field.savedOffline'));
      onDone();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
      <Form.Item name="evidence" label={t('ft.evidence')} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={3} data-testid="ft-evidence" />
      </Form.Item>
      <Form.Item label={t('ft.photos')}>
        <PhotoPicker photos={photos} onChange={setPhotos} testid="ft-photo" />
      </Form.Item>
      <Button type="primary" block size="large" loading={saving} onClick={() => void submit()}>
        {t('ft.submitDone')}
      </Button>
    </Form>
  );
}

function TaskCard({ task, waiting }: { task: FieldTask; waiting: boolean }) {
  const { t } = useI18n();
  const showError = useShowError();
  const step = useTaskStep();
  const [doing, setDoing] = useState(false);
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="ft-card">
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
          <Typography.Text strong>{task.title}</Typography.Text>
          <Space size={4}>
            {waiting && (
              <Tag color="gold" data-testid="ft-waiting">
                {t('field.log.waiting')}
              </Tag>
            )}
            <StatusTag task={task} />
          </Space>
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t(`ft.kind.${task.kind}` as MessageKey)} · {t('ft.due')} {formatMinute(task.dueAt)}
          {task.grid ? ` · ${task.grid.name}` : ''}
        </Typography.Text>
        {task.target.label && <Typography.Text>{task.target.label}</Typography.Text>}
        {task.detail && (
          <Typography.Paragraph style={{ marginBottom: 0 }}>{task.detail}</Typography.Paragraph>
        )}
        {task.missing && (
          <Typography.Text>
            {t('ft.missing')}：{task.missing}
          </Typography.Text>
        )}
        {task.evidence && (
          <Typography.Text type="success">
            {t('ft.evidence')}：{task.evidence}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('ft.issuer')}：{task.issuer.name}
          {task.issuerUnit ? `（${task.issuerUnit}）` : ''}
        </Typography.Text>
        {!doing && !waiting && (task.actions.includes('accept') || task.actions.includes('done')) && (
          <Space style={{ width: '100%' }}>
            {task.actions.includes('accept') && (
              <Button
                size="large"
                loading={step.isPending}
                onClick={() => step.mutate({ id: task.id, step: 'accept' }, { onError: showError })}
              >
                {t('ft.accept')}
              </Button>
            )}
            {task.actions.includes('done') && (
              <Button size="large" type="primary" onClick={() => setDoing(true)}>
                {t('ft.done')}
              </Button>
            )}
          </Space>
        )}
        {doing && <DoneForm task={task} onDone={() => setDoing(false)} />}
      </Space>
    </Card>
  );
}

export default function FieldMyTasksPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const open = useFieldTasks({});
  const queue = useFieldQueue();
  // the list as last read online, kept on the phone: the page opens without a network
  const [kept, setKept] = useState<FieldTask[] | null>(null);
  useEffect(() => {
    void readField<FieldTask[]>('myTasks').then((v) => setKept(v?.value ?? []));
  }, []);
  useEffect(() => {
    if (open.data) void writeField('myTasks', open.data.items);
  }, [open.data]);
  useEffect(() => {
    const on = () => void qc.invalidateQueries({ queryKey: ['fieldtasks'] });
    window.addEventListener(SYNCED, on);
    return () => window.removeEventListener(SYNCED, on);
  }, [qc]);
  const waiting = new Set(queue.entries.filter((e) => e.kind === 'task').map((e) => e.url));
  const all = open.data?.items ?? kept ?? [];
  const items = all.filter((x) =>
    status === 'open'
      ? x.status === 'assigned' || x.status === 'accepted'
      : x.status === 'done' || x.status === 'cancelled',
  );
  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 12 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('ft.my')}
      </Typography.Title>
      <Segmented
        block
        value={status}
        onChange={(v) => setStatus(v as 'open' | 'done')}
        options={[
          { value: 'open', label: `${t('ft.status.assigned')} / ${t('ft.status.accepted')}` },
          { value: 'done', label: `${t('ft.status.done')} / ${t('ft.status.cancelled')}` },
        ]}
        style={{ marginBottom: 12 }}
      />
      {open.isLoading && kept === null ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t('ft.none')} />
      ) : (
        items.map((x) => <TaskCard key={x.id} task={x} waiting={waiting.has(doneUrl(x.id))} />)
      )}
    </div>
  );
}
