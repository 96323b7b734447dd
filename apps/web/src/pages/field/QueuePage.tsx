/**
 * 待发送: every field record waiting on this phone (visits, patrols, quick fixes, findings, tasks), the ones the
 * server set aside (refused input, or a conflict: the same instance id with other content) with its message, and
 * what was sent lately. Sending happens by itself when the network and the session allow; here it can be forced.
 */
import { useState } from 'react';
import { App, Button, Card, Checkbox, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { CloudUploadOutlined, DeleteOutlined, EditOutlined, RedoOutlined } from '@ant-design/icons';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import {
  discardEntry,
  enqueueField,
  newInstanceId,
  retryEntry,
  sendQueue,
  useFieldQueue,
  type QueueEntry,
  type SentReport,
} from '../../lib/fieldQueue.ts';
import { editableToday, editBody, entryText } from '../../lib/outbox.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useOnline } from '../cases/patrolBits.tsx';

const KIND_KEYS: Record<string, MessageKey> = {
  finding: 'field.kind.finding',
  visit: 'field.kind.visit',
  patrol: 'field.kind.patrol',
  quick_fix: 'field.kind.quick_fix',
  task: 'field.kind.task',
  collect: 'field.kind.collect',
};

export function KindTag({ kind }: { kind?: string }) {
  const { t } = useI18n();
  const key = KIND_KEYS[kind ?? 'finding'];
  return <Tag color="blue">{key ? t(key) : kind}</Tag>;
}

interface EditValues {
  note?: string;
  anomaly?: boolean;
  anomalyNote?: string;
  description?: string;
  reason: string;
}

/**
 * 修改: a visit or quick fix sent today, changed — queued like the first send, as a new version that replaces the
 * sent one, with the reason the server requires (sync rules, packages/domain/src/fieldwork/sync.ts).
 */
function EditSent({ sent, onClose }: { sent: SentReport; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const anomaly = Form.useWatch('anomaly', form);
  const body = sent.body ?? {};
  const isVisit = sent.kind === 'visit';
  const save = async () => {
    const v = await form.validateFields();
    const changes: Record<string, unknown> = isVisit
      ? {
          note: v.note?.trim() ? v.note.trim() : null,
          anomaly: !!v.anomaly,
          anomalyNote: v.anomaly ? (v.anomalyNote ?? '').trim() : null,
        }
      : { description: (v.description ?? '').trim() };
    await enqueueField(
      sent.kind!,
      sent.url!,
      editBody(sent, changes, v.reason.trim(), newInstanceId(), new Date()),
      [],
      `${t('field.edit.label')} · ${sent.description}`,
    );
    void message.success(navigator.onLine ? t('field.saved') : t('field.savedOffline'));
    onClose();
  };
  return (
    <Modal
      open
      title={`${t('field.edit.title')} · ${sent.description}`}
      okText={t('field.edit.save')}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          note: typeof body.note === 'string' ? body.note : '',
          anomaly: body.anomaly === true,
          anomalyNote: typeof body.anomalyNote === 'string' ? body.anomalyNote : '',
          description: typeof body.description === 'string' ? body.description : '',
        }}
      >
        {isVisit ? (
          <>
            <Form.Item name="note" label={t('field.edit.note')} rules={[{ max: 2000 }]}>
              <Input.TextArea rows={3} data-testid="edit-note" />
            </Form.Item>
            <Form.Item name="anomaly" valuePropName="checked">
              <Checkbox>{t('field.edit.anomaly')}</Checkbox>
            </Form.Item>
            {anomaly && (
              <Form.Item
                name="anomalyNote"
                label={t('field.edit.anomalyNote')}
                rules={[{ required: true, whitespace: true, max: 2000 }]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
          </>
        ) : (
          <Form.Item
            name="description"
            label={t('field.edit.description')}
            rules={[{ required: true, whitespace: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} data-testid="edit-description" />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('field.edit.reason')}
          rules={[{ required: true, whitespace: true, max: 500 }]}
        >
          <Input placeholder={t('field.edit.reasonHint')} data-testid="edit-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function QueuePage() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const online = useOnline();
  const { pending, setAside, sent, error } = useFieldQueue();
  const [sending, setSending] = useState(false);
  const [editing, setEditing] = useState<SentReport | null>(null);
  const editable = new Set(editableToday(sent, new Date()).map((s) => s.key));

  const send = async () => {
    setSending(true);
    try {
      const r = await sendQueue();
      if (r.signedOut) void message.warning(t('field.signedOut'));
      else if (r.offline) void message.info(t('field.queue.stillOffline'));
      else void message.success(t('field.queue.sentN', { n: r.sent.length }));
    } finally {
      setSending(false);
    }
  };

  const line = (e: QueueEntry) => (
    <List.Item
      data-testid={e.state === 'pending' ? 'queue-pending' : `queue-${e.state}`}
      actions={
        e.state === 'pending'
          ? []
          : [
              <Button
                key="retry"
                size="small"
                icon={<RedoOutlined />}
                onClick={() => void retryEntry(e)}
                aria-label={t('field.queue.retry')}
              />,
              <Button
                key="del"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('field.queue.discard')}
                onClick={() =>
                  modal.confirm({
                    title: t('field.queue.discardConfirm'),
                    okButtonProps: { danger: true },
                    onOk: () => discardEntry(e.key),
                  })
                }
              />,
            ]
      }
    >
      <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
        <Space size={4} wrap>
          <KindTag kind={e.kind} />
          {e.state === 'rejected' && <Tag color="red">{t('field.queue.rejected')}</Tag>}
          {e.state === 'conflict' && <Tag color="volcano">{t('field.queue.conflict')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(e.createdAt)}
          </Typography.Text>
        </Space>
        <Typography.Text ellipsis style={{ maxWidth: 300 }}>
          {entryText(e)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('field.queue.photos', { n: e.photos.length, up: e.photoIds.filter(Boolean).length })}
          {e.attempts > 0 ? ` · ${t('field.queue.attempts', { n: e.attempts })}` : ''}
        </Typography.Text>
        {e.error && (
          <Typography.Text
            type={e.state === 'pending' ? 'secondary' : 'danger'}
            style={{ fontSize: 12 }}
            data-testid="queue-error"
          >
            {e.error}
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );

  return (
    <div data-testid="field-queue">
      <Card
        size="small"
        title={t('field.queue.waiting', { n: pending.length })}
        extra={
          <Button
            type="primary"
            size="small"
            icon={<CloudUploadOutlined />}
            loading={sending}
            disabled={!online || pending.length === 0}
            onClick={() => void send()}
            data-testid="queue-send"
          >
            {t('field.queue.sendNow')}
          </Button>
        }
      >
        {!online && (
          <div style={{ fontSize: 12, color: '#a8071a', marginBottom: 6 }}>
            {t('field.queue.waitsForNetwork')}
          </div>
        )}
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        {pending.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('field.queue.empty')} />
        ) : (
          <List dataSource={pending} renderItem={line} />
        )}
      </Card>
      {setAside.length > 0 && (
        <Card
          size="small"
          title={t('field.queue.setAside', { n: setAside.length })}
          style={{ marginTop: 10 }}
        >
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('field.queue.setAsideHelp')}
          </Typography.Paragraph>
          <List dataSource={setAside} renderItem={line} />
        </Card>
      )}
      <Card size="small" title={t('field.queue.sent')} style={{ marginTop: 10 }}>
        {sent.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <List
            dataSource={sent.slice(0, 20)}
            renderItem={(s) => (
              <List.Item
                data-testid="queue-sent"
                actions={
                  editable.has(s.key)
                    ? [
                        <Button
                          key="edit"
                          size="small"
                          icon={<EditOutlined />}
                          data-testid="queue-edit"
                          onClick={() => setEditing(s)}
                        >
                          {t('field.edit.button')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={0}>
                  <Space size={4}>
                    <KindTag kind={s.kind} />
                    {s.duplicate && <Tag>{t('field.queue.alreadyThere')}</Tag>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(s.at)}
                    </Typography.Text>
                  </Space>
                  <Typography.Text ellipsis style={{ maxWidth: 320 }}>
                    {s.description}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      {editing && <EditSent sent={editing} onClose={() => setEditing(null)} />}
    </div>
  );
}
