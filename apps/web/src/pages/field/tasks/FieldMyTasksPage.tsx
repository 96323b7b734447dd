/** 我的任务 on the phone (390×844): accept, report done with evidence and a photo — sent once by its instance id. */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Segmented, Space, Spin, Typography } from 'antd';
import { useFieldTasks, useTaskStep, type FieldTask } from '../../../api/fieldtasks.ts';
import { PhotoUpload } from '../../../components/cases/PhotoUpload.tsx';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { newUuid } from '../../../lib/ids.ts';
import { formatMinute } from '../../../lib/time.ts';
import { useShowError } from '../../../lib/useApiError.ts';
import { StatusTag } from '../../fieldwork/tasks/FieldTasksPage.tsx';

function DoneForm({ task, onDone }: { task: FieldTask; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const step = useTaskStep();
  const [busy, setBusy] = useState(false);
  // one instance id per filled form: a resend after a lost answer is recognised, never stored twice
  const [instanceId] = useState(() => `uuid:${newUuid()}`);
  const [form] = Form.useForm<{ evidence: string; uploadIds: string[] }>();
  const submit = async () => {
    const v = await form.validateFields();
    step.mutate(
      {
        id: task.id,
        step: 'done',
        body: {
          instanceId,
          evidence: v.evidence,
          uploadIds: v.uploadIds ?? [],
          deviceAt: new Date().toISOString(),
        },
      },
      {
        onSuccess: (r) => {
          const dup = 'outcome' in r && r.outcome === 'duplicate';
          void message.success(t(dup ? 'ft.duplicate' : 'ft.sent'));
          onDone();
        },
        onError: showError,
      },
    );
  };
  return (
    <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
      <Form.Item name="evidence" label={t('ft.evidence')} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={3} data-testid="ft-evidence" />
      </Form.Item>
      <Form.Item name="uploadIds" label={t('ft.photos')}>
        <PhotoUpload max={9} onBusyChange={setBusy} testId="ft-photo" />
      </Form.Item>
      <Button
        type="primary"
        block
        size="large"
        loading={step.isPending}
        disabled={busy}
        onClick={() => void submit()}
      >
        {t('ft.submitDone')}
      </Button>
    </Form>
  );
}

function TaskCard({ task }: { task: FieldTask }) {
  const { t } = useI18n();
  const showError = useShowError();
  const step = useTaskStep();
  const [doing, setDoing] = useState(false);
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="ft-card">
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
          <Typography.Text strong>{task.title}</Typography.Text>
          <StatusTag task={task} />
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
        {!doing && (task.actions.includes('accept') || task.actions.includes('done')) && (
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
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const open = useFieldTasks({});
  const items = (open.data?.items ?? []).filter((x) =>
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
      {open.isLoading ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t('ft.none')} />
      ) : (
        items.map((x) => <TaskCard key={x.id} task={x} />)
      )}
    </div>
  );
}
