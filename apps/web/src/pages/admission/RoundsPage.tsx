/** 审核批次: the joint body's rounds; the office opens one with the applications that passed review. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Checkbox, DatePicker, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  admissionApi,
  useAdmissionWrite,
  useApplications,
  useRounds,
  type AdmissionRound,
} from '../../api/admission.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav } from './AdmissionNav.tsx';

export default function RoundsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const showError = useShowError();
  const q = useRounds();
  const manage = q.data?.can.manage ?? false;
  const apps = useApplications();
  const reviewed = (apps.data?.items ?? []).filter((a) => a.status === 'reviewed');
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ title: string; meetingOn: Dayjs; body: string; applicationIds: string[] }>();
  const create = useAdmissionWrite(admissionApi.createRound);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card
        size="small"
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="adm-new-round"
            >
              {t('adm.newRound')}
            </Button>
          )
        }
      >
        <Table<AdmissionRound>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={false}
          onRow={(r) => ({
            onClick: () => void navigate(`/admission/rounds/${r.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('adm.roundTitle'),
              dataIndex: 'title',
              render: (v: string) => <span data-testid={`adm-round-${v}`}>{v}</span>,
            },
            { title: t('adm.meetingOn'), dataIndex: 'meetingOn', width: 120 },
            { title: t('adm.body'), dataIndex: 'body', width: 280 },
            {
              title: t('adm.decision'),
              dataIndex: 'counts',
              render: (c: AdmissionRound['counts']) => t('adm.counts', c),
            },
            {
              title: t('adm.state'),
              dataIndex: 'status',
              width: 90,
              render: (s: string) => (
                <Tag color={s === 'open' ? 'processing' : 'default'}>
                  {t(s === 'open' ? 'adm.open' : 'adm.closed')}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={open}
        width={640}
        title={t('adm.newRound')}
        onCancel={() => setOpen(false)}
        okButtonProps={{ loading: create.isPending, id: 'adm-round-ok' }}
        onOk={() => form.submit()}
        destroyOnClose
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ body: t('adm.bodyDefault'), applicationIds: [] }}
          onFinish={(v) =>
            create.mutate(
              {
                title: v.title,
                meetingOn: v.meetingOn.format('YYYY-MM-DD'),
                body: v.body,
                applicationIds: v.applicationIds,
              },
              { onSuccess: (r) => void navigate(`/admission/rounds/${r.id}`), onError: showError },
            )
          }
        >
          <Form.Item name="title" label={t('adm.roundTitle')} rules={[{ required: true, min: 2 }]}>
            <Input data-testid="adm-round-title" />
          </Form.Item>
          <Space>
            <Form.Item name="meetingOn" label={t('adm.meetingOn')} rules={[{ required: true }]}>
              <DatePicker data-testid="adm-round-date" />
            </Form.Item>
            <Form.Item name="body" label={t('adm.body')} rules={[{ required: true }]}>
              <Input style={{ width: 320 }} />
            </Form.Item>
          </Space>
          <Form.Item
            name="applicationIds"
            label={t('adm.toRound')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={reviewed.map((a) => ({ value: a.id, label: `${a.title}（${a.unitName}）` }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
