/** 每月一题: the month's recurring problems ranked; the district picks one as a proactive task. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCreateTask, useMonthly, type MonthlyTopic } from '../../api/hotspots.ts';
import { useUnitOptions } from '../../api/queries.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useNames } from './bits.tsx';

interface TaskForm {
  title: string;
  ownerUnitId: string;
  coUnitIds: string[];
  deadline: Dayjs;
  plan: string;
}

function PickModal({ topic, month, onClose }: { topic: MonthlyTopic; month: string; onClose: () => void }) {
  const { t } = useI18n();
  const names = useNames();
  const navigate = useNavigate();
  const [form] = Form.useForm<TaskForm>();
  const [q, setQ] = useState('');
  const units = useUnitOptions(q);
  const create = useCreateTask();
  const options = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  const submit = async () => {
    const v = await form.validateFields();
    const task = await create.mutateAsync({
      title: v.title,
      group: topic.group.code,
      place: topic.place,
      month,
      ownerUnitId: v.ownerUnitId,
      coUnitIds: v.coUnitIds ?? [],
      deadline: v.deadline.format('YYYY-MM-DD'),
      plan: v.plan,
    });
    void message.success(t('proactive.created.ok'));
    onClose();
    void navigate(`/proactive/${task.id}`);
  };
  return (
    <Modal
      open
      title={t('proactive.new')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: `${topic.place.label}${names.group(topic.group)}专项治理`,
          deadline: dayjs().add(30, 'day'),
          coUnitIds: [],
        }}
      >
        <Form.Item name="title" label={t('proactive.taskTitle')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="ownerUnitId" label={t('proactive.owner')} rules={[{ required: true }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            options={options}
            data-testid="task-owner"
          />
        </Form.Item>
        <Form.Item name="coUnitIds" label={t('proactive.coUnits')}>
          <Select mode="multiple" showSearch filterOption={false} onSearch={setQ} options={options} />
        </Form.Item>
        <Form.Item name="deadline" label={t('proactive.deadline')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="plan" label={t('proactive.plan')} rules={[{ required: true, min: 2, max: 4000 }]}>
          <Input.TextArea rows={4} data-testid="task-plan" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function MonthlyPage() {
  const { t } = useI18n();
  const names = useNames();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [picking, setPicking] = useState<MonthlyTopic | null>(null);
  const { data, isLoading } = useMonthly(month);
  return (
    <div>
      <PageHeader
        title={t('monthly.title')}
        sub={t('monthly.sub')}
        extra={
          <Space>
            {t('monthly.month')}
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            />
          </Space>
        }
      />
      <Table<MonthlyTopic>
        rowKey="key"
        size="small"
        loading={isLoading}
        dataSource={data?.topics ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('monthly.empty')} /> }}
        columns={[
          { title: '#', key: 'rank', width: 40, render: (_: unknown, __, i) => i + 1 },
          { title: t('hot.place'), dataIndex: 'place', render: (p: MonthlyTopic['place']) => names.place(p) },
          { title: t('hot.group'), dataIndex: 'group', render: (g: MonthlyTopic['group']) => names.group(g) },
          { title: t('hot.reporters'), dataIndex: 'reporters', width: 80 },
          { title: t('hot.cases'), dataIndex: 'cases', width: 70 },
          {
            title: t('monthly.previous'),
            dataIndex: 'previous',
            render: (p: number[]) => [...p].reverse().join(' / '),
          },
          {
            title: t('monthly.trend'),
            dataIndex: 'trend',
            width: 90,
            render: (v: number, r) => (
              <Space size={4}>
                <Tag color={v > 0 ? 'red' : v < 0 ? 'green' : 'default'}>{v > 0 ? `+${v}` : v}</Tag>
                {r.recurring && <Tag>{t('monthly.recurring')}</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            key: 'pick',
            width: 130,
            render: (_: unknown, r) =>
              r.taskId ? (
                <Link to={`/proactive/${r.taskId}`}>{t('monthly.openTask')}</Link>
              ) : data?.canPick ? (
                <Button size="small" type="primary" onClick={() => setPicking(r)} data-testid="pick-topic">
                  {t('monthly.pick')}
                </Button>
              ) : null,
          },
        ]}
      />
      {picking && data && <PickModal topic={picking} month={data.month} onClose={() => setPicking(null)} />}
    </div>
  );
}
