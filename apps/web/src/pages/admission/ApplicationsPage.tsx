/** 准入申请: a department's applications and its form; the civil-affairs office's review queue. */
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  admissionApi,
  useAdmissionWrite,
  useApplications,
  type AdmissionApplication,
} from '../../api/admission.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { setFieldErrors } from '../../lib/useApiError.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav, money } from './AdmissionNav.tsx';

const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'orange',
  reviewed: 'cyan',
  in_round: 'purple',
  approved: 'green',
  rejected: 'red',
  entered: 'success',
};
export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`adm.status.${status}` as MessageKey)}</Tag>;
}

const KINDS = ['task', 'ledger', 'evaluation', 'inspection', 'survey', 'plaque'] as const;

interface FormValues {
  title: string;
  kind: (typeof KINDS)[number];
  legalBasis: string;
  communityRole: 'lead' | 'assist' | 'cooperate';
  content: string;
  powers?: string;
  staff?: string;
  training?: string;
  validFrom: Dayjs;
  validUntil?: Dayjs;
  hoursPerMonth: number;
  fundingPerYear: number;
  submit: boolean;
}

function ApplicationForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useI18n();
  const showError = useShowError();
  const [form] = Form.useForm<FormValues>();
  const apply = useAdmissionWrite(admissionApi.apply);
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{
        kind: 'task',
        communityRole: 'assist',
        hoursPerMonth: 0,
        fundingPerYear: 0,
        submit: true,
      }}
      onFinish={(v) =>
        apply.mutate(
          {
            title: v.title,
            kind: v.kind,
            legalBasis: v.legalBasis,
            communityRole: v.communityRole,
            content: v.content,
            powers: v.powers ?? '',
            staff: v.staff ?? '',
            training: v.training ?? '',
            validFrom: v.validFrom.format('YYYY-MM-DD'),
            validUntil: v.validUntil ? v.validUntil.format('YYYY-MM-DD') : null,
            hoursPerMonth: v.hoursPerMonth,
            fundingPerYear: v.fundingPerYear,
            scopeCodes: [],
            reportTemplateId: null,
            submit: v.submit,
          },
          { onSuccess: (a) => onDone(a.id), onError: (e) => setFieldErrors(form, e) || showError(e) },
        )
      }
    >
      <Form.Item name="title" label={t('adm.item')} rules={[{ required: true, min: 2 }]}>
        <Input data-testid="adm-f-title" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="kind" label={t('adm.kind')}>
          <Select
            style={{ width: 220 }}
            options={KINDS.map((k) => ({ value: k, label: t(`adm.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="communityRole" label={t('adm.communityRole')}>
          <Select
            style={{ width: 140 }}
            options={(['lead', 'assist', 'cooperate'] as const).map((r) => ({
              value: r,
              label: t(`adm.role.${r}`),
            }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="legalBasis" label={t('adm.legalBasis')} rules={[{ required: true, min: 2 }]}>
        <Input data-testid="adm-f-basis" />
      </Form.Item>
      <Form.Item name="content" label={t('adm.content')} rules={[{ required: true, min: 2 }]}>
        <Input.TextArea rows={3} data-testid="adm-f-content" />
      </Form.Item>
      <Form.Item name="powers" label={t('adm.powers')}>
        <Input />
      </Form.Item>
      <Space wrap>
        <Form.Item name="hoursPerMonth" label={t('adm.hours')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1000} data-testid="adm-f-hours" />
        </Form.Item>
        <Form.Item name="fundingPerYear" label={t('adm.funding')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10_000_000} style={{ width: 160 }} data-testid="adm-f-funding" />
        </Form.Item>
        <Form.Item name="validFrom" label={t('adm.validity')} rules={[{ required: true }]}>
          <DatePicker data-testid="adm-f-from" />
        </Form.Item>
        <Form.Item name="validUntil" label=" ">
          <DatePicker />
        </Form.Item>
      </Space>
      <Form.Item name="staff" label={t('adm.staff')}>
        <Input data-testid="adm-f-staff" />
      </Form.Item>
      <Form.Item name="training" label={t('adm.training')}>
        <Input />
      </Form.Item>
      <Form.Item name="submit" valuePropName="checked">
        <Checkbox>{t('adm.submitNow')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={apply.isPending} data-testid="adm-f-save">
        {t('adm.submit')}
      </Button>
    </Form>
  );
}

export default function ApplicationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const q = useApplications();
  const [open, setOpen] = useState(false);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      <Card
        size="small"
        extra={
          q.data?.can.apply && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="adm-apply"
            >
              {t('adm.apply')}
            </Button>
          )
        }
      >
        <Table<AdmissionApplication>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: t('adm.noApplications') }}
          onRow={(r) => ({
            onClick: () => void navigate(`/admission/applications/${r.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('adm.item'),
              dataIndex: 'title',
              render: (v: string) => <span data-testid={`adm-app-${v}`}>{v}</span>,
            },
            { title: t('adm.applicant'), dataIndex: 'unitName', width: 220 },
            {
              title: t('adm.kind'),
              dataIndex: 'kind',
              width: 140,
              render: (k: string) => t(`adm.kind.${k}` as MessageKey),
            },
            { title: t('adm.hours'), dataIndex: 'hoursPerMonth', width: 110, align: 'right' },
            {
              title: t('adm.funding'),
              dataIndex: 'fundingPerYear',
              width: 130,
              align: 'right',
              render: (n: number) => money(n),
            },
            {
              title: t('adm.state'),
              dataIndex: 'status',
              width: 140,
              render: (s: string) => <StatusTag status={s} />,
            },
            {
              title: t('adm.updated'),
              dataIndex: 'updatedAt',
              width: 160,
              render: (v: string) => formatDateTime(v),
            },
          ]}
        />
      </Card>
      <Drawer
        open={open}
        width={640}
        title={t('adm.newApplication')}
        onClose={() => setOpen(false)}
        destroyOnClose
      >
        <ApplicationForm onDone={(id) => void navigate(`/admission/applications/${id}`)} />
      </Drawer>
    </Space>
  );
}
