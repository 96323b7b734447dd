/** One list item: its terms, the money and hours that follow it, supervision, exit, and sending a task on it. */
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { admissionApi, useAdmissionItem, useAdmissionWrite, type TaskInput } from '../../api/admission.ts';
import { useRegionTree } from '../../api/queries.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav, money } from './AdmissionNav.tsx';
import { StateTag } from './ListsPage.tsx';

interface Node {
  code: string;
  name: string;
  level: string;
  children: Node[];
}
function communitiesOf(n: Node | undefined, out: { value: string; label: string }[] = []) {
  if (!n) return out;
  if (n.level === 'community') out.push({ value: n.code, label: n.name });
  n.children.forEach((c) => communitiesOf(c, out));
  return out;
}

export function Events({
  events,
}: {
  events: { action: string; note: string | null; actorName: string; at: string }[];
}) {
  const { t } = useI18n();
  return (
    <Timeline
      items={events.map((e) => ({
        children: (
          <span>
            {formatDateTime(e.at)} · {t(`adm.event.${e.action}` as MessageKey)} · {e.actorName}
            {e.note ? `：${e.note}` : ''}
          </span>
        ),
      }))}
    />
  );
}

function SendTask({ itemId, kind }: { itemId: string; kind: TaskInput['kind'] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const tree = useRegionTree();
  const options = useMemo(() => communitiesOf(tree.data as Node | undefined), [tree.data]);
  const [form] = Form.useForm<{ title: string; content: string; dueOn?: Dayjs; communityCodes: string[] }>();
  const send = useAdmissionWrite(admissionApi.sendTask);
  return (
    <Card size="small" title={t('adm.sendTask')} data-testid="adm-send-task">
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          send.mutate(
            {
              itemId,
              kind,
              title: v.title,
              content: v.content,
              dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
              communityCodes: v.communityCodes,
            },
            {
              onSuccess: (r) => {
                void message.success(t('adm.sentOk', { count: r.items.length }));
                form.resetFields();
              },
              onError: showError,
            },
          )
        }
      >
        <Form.Item name="title" label={t('adm.taskTitle')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="content" label={t('adm.taskContent')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Form.Item name="communityCodes" label={t('adm.communities')} rules={[{ required: true }]}>
            <Select mode="multiple" style={{ minWidth: 360 }} options={options} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="dueOn" label={t('adm.dueOn')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="adm-send">
          {t('adm.send')}
        </Button>
      </Form>
    </Card>
  );
}

export default function ItemPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { me } = useAuth();
  const showError = useShowError();
  const q = useAdmissionItem(id);
  const note = useAdmissionWrite(admissionApi.itemNote);
  const [modal, setModal] = useState<'supervise' | 'exit' | null>(null);
  const [text, setText] = useState('');
  const i = q.data;
  if (!i) return <Spin />;
  const mine =
    i.state === 'in_force' &&
    i.list !== 'negative' &&
    i.kind !== 'survey' &&
    (i.unitId === me?.unit.id || (i.unitId === null && me?.unit.kind === 'department'));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card
        title={
          <Space>
            <Tag>{t(`adm.list.${i.list}`)}</Tag>
            {i.seq}. {i.title}
            <StateTag state={i.state} />
          </Space>
        }
        extra={
          <Space>
            {i.can.supervise && <Button onClick={() => setModal('supervise')}>{t('adm.supervise')}</Button>}
            {i.can.exit && (
              <Button danger onClick={() => setModal('exit')}>
                {t('adm.exit')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={t('adm.kind')}>{t(`adm.kind.${i.kind}` as MessageKey)}</Descriptions.Item>
          <Descriptions.Item label={t('adm.unit')}>{i.unitName ?? t('adm.anyUnit')}</Descriptions.Item>
          <Descriptions.Item label={t('adm.legalBasis')} span={2}>
            {i.legalBasis}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.content')} span={2}>
            {i.content}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.communityRole')}>
            {t(`adm.role.${i.communityRole}` as MessageKey)}
          </Descriptions.Item>
          <Descriptions.Item label={t('adm.validity')}>
            {i.validFrom} ~ {i.validUntil ?? t('adm.openEnded')}
          </Descriptions.Item>
          {i.list !== 'negative' && (
            <>
              <Descriptions.Item label={t('adm.hours')}>{i.hoursPerMonth}</Descriptions.Item>
              <Descriptions.Item label={t('adm.funding')}>{money(i.fundingPerYear)}</Descriptions.Item>
              <Descriptions.Item label={t('adm.powers')}>{i.powers || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('adm.staff')}>{i.staff || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('adm.training')}>{i.training || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('adm.scope')}>
                {i.scopeCodes.length ? i.scopeCodes.join('、') : t('adm.wholeDistrict')}
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
        <p style={{ marginTop: 12 }}>{t('adm.sent', { tasks: i.tasksSent, sendings: i.reportSendings })}</p>
        <Events events={i.events} />
      </Card>
      {mine && <SendTask itemId={i.id} kind={i.kind} />}
      <Modal
        open={modal !== null}
        title={modal ? t(modal === 'exit' ? 'adm.exit' : 'adm.supervise') : ''}
        onCancel={() => setModal(null)}
        okButtonProps={{ disabled: text.trim().length < 2, loading: note.isPending }}
        onOk={() =>
          modal &&
          note.mutate(
            { id: i.id, kind: modal, note: text },
            { onSuccess: () => (setModal(null), setText('')), onError: showError },
          )
        }
      >
        <Input.TextArea
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('adm.note')}
        />
      </Modal>
    </Space>
  );
}
