/** 清单外事项反映: a community reports a request that came outside the gate; the district's office sees them counted. */
import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  admissionApi,
  useAdmissionWrite,
  useOffgate,
  type AdmissionOffgateList,
} from '../../api/admission.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useShowError } from '../../lib/useApiError.ts';
import { AdmissionNav } from './AdmissionNav.tsx';

type Report = AdmissionOffgateList['items'][number];

function ReportForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<{
    requester: string;
    content: string;
    requestedOn: Dayjs;
    evidence?: string;
  }>();
  const report = useAdmissionWrite(admissionApi.report);
  return (
    <Card size="small" title={t('adm.report')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          report.mutate(
            {
              requester: v.requester,
              unitId: null,
              content: v.content,
              requestedOn: v.requestedOn.format('YYYY-MM-DD'),
              evidence: v.evidence ?? '',
            },
            {
              onSuccess: () => {
                void message.success(t('adm.reported'));
                form.resetFields();
              },
              onError: showError,
            },
          )
        }
      >
        <Space wrap>
          <Form.Item name="requester" label={t('adm.requester')} rules={[{ required: true, min: 2 }]}>
            <Input style={{ width: 280 }} data-testid="adm-og-requester" />
          </Form.Item>
          <Form.Item name="requestedOn" label={t('adm.requestedOn')} rules={[{ required: true }]}>
            <DatePicker data-testid="adm-og-date" />
          </Form.Item>
        </Space>
        <Form.Item name="content" label={t('adm.requestContent')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} data-testid="adm-og-content" />
        </Form.Item>
        <Form.Item name="evidence" label={t('adm.evidence')}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={report.isPending} data-testid="adm-og-submit">
          {t('adm.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export default function OffgatePage() {
  const { t } = useI18n();
  const showError = useShowError();
  const q = useOffgate();
  const handle = useAdmissionWrite(admissionApi.handle);
  const [handling, setHandling] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const d = q.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <AdmissionNav />
      {d?.can.report && <ReportForm />}
      {d && !d.can.report && (
        <Row gutter={16}>
          <Col span={12}>
            <Card size="small" title={t('adm.byCommunity')}>
              <Table
                rowKey="code"
                size="small"
                pagination={false}
                dataSource={d.byCommunity}
                columns={[
                  { title: t('adm.community'), dataIndex: 'name' },
                  { title: t('adm.count'), dataIndex: 'count', width: 80, align: 'right' },
                  { title: t('adm.openReport'), dataIndex: 'open', width: 80, align: 'right' },
                ]}
              />
            </Card>
          </Col>
          <Col span={12}>
            <Card size="small" title={t('adm.byUnit')}>
              <Table
                rowKey="name"
                size="small"
                pagination={false}
                dataSource={d.byUnit}
                columns={[
                  { title: t('adm.requester'), dataIndex: 'name' },
                  { title: t('adm.count'), dataIndex: 'count', width: 80, align: 'right' },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      <Card size="small">
        <Table<Report>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={d?.items ?? []}
          columns={[
            { title: t('adm.requestedOn'), dataIndex: 'requestedOn', width: 110 },
            { title: t('adm.community'), dataIndex: 'communityName', width: 160 },
            { title: t('adm.requester'), dataIndex: 'requester', width: 180 },
            { title: t('adm.requestContent'), dataIndex: 'content' },
            { title: t('adm.evidence'), dataIndex: 'evidence', width: 180 },
            {
              title: t('adm.state'),
              dataIndex: 'status',
              width: 200,
              render: (s: string, r) =>
                s === 'handled' ? (
                  <span>
                    <Tag color="green">{t('adm.handled')}</Tag>
                    {r.handlingNote}
                  </span>
                ) : d?.can.handle ? (
                  <Button size="small" onClick={() => setHandling(r.id)}>
                    {t('adm.handle')}
                  </Button>
                ) : (
                  <Tag color="orange">{t('adm.openReport')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Modal
        open={handling !== null}
        title={t('adm.handle')}
        onCancel={() => setHandling(null)}
        okButtonProps={{ disabled: note.trim().length < 2 }}
        onOk={() =>
          handling &&
          handle.mutate(
            { id: handling, note },
            { onSuccess: () => (setHandling(null), setNote('')), onError: showError },
          )
        }
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('adm.handlingNote')}
        />
      </Modal>
    </Space>
  );
}
