/** API keys for external systems (Open311 clients): list, create (the key is shown once), revoke. */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { caseKeys, type ApiKey } from '../../api/cases.ts';
import type { ResponseOf } from '../../api/contract.ts';
import type { ApiKeyCreated } from '../../api/types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useShowError } from '../../lib/useApiError.ts';

export default function ApiKeysPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const [form] = Form.useForm<{ name: string; unitId?: string }>();

  const list = useQuery({
    queryKey: caseKeys.apiKeys,
    queryFn: async () => (await api.get<ResponseOf<'/api/api-keys', 'get'>>('/api/api-keys')).items,
  });

  const create = useMutation({
    mutationFn: (body: { name: string; unitId?: string }) => api.post<ApiKeyCreated>('/api/api-keys', body),
    onSuccess: (r) => {
      setCreating(false);
      form.resetFields();
      setCreated(r);
      void qc.invalidateQueries({ queryKey: caseKeys.apiKeys });
    },
    onError: showError,
  });

  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api/api-keys/${id}`),
    onSuccess: () => {
      void message.success(t('apiKeys.revoked'));
      void qc.invalidateQueries({ queryKey: caseKeys.apiKeys });
    },
    onError: showError,
  });

  return (
    <div>
      <PageHeader
        title={t('apiKeys.title')}
        sub={t('apiKeys.sub')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="apikey-create"
          >
            {t('apiKeys.create')}
          </Button>
        }
      />
      {list.error && (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: list.error.message })} />
      )}
      <Table<ApiKey>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        data-testid="apikey-table"
        columns={[
          { title: t('apiKeys.name'), dataIndex: 'name' },
          {
            title: t('apiKeys.prefix'),
            dataIndex: 'prefix',
            render: (v?: string | null) => (v ? <Typography.Text code>{v}…</Typography.Text> : '—'),
          },
          { title: t('apiKeys.unit'), key: 'unit', render: (_: unknown, k) => k.unit?.name ?? '—' },
          {
            title: t('apiKeys.createdAt'),
            dataIndex: 'createdAt',
            render: (v?: string | null) => formatDateTime(v),
          },
          { title: t('apiKeys.createdBy'), dataIndex: 'createdBy', render: (v?: string | null) => v ?? '—' },
          {
            title: t('common.status'),
            key: 'status',
            render: (_: unknown, k) =>
              k.revokedAt ? (
                <Tag>
                  {t('apiKeys.revoked')} {formatDateTime(k.revokedAt)}
                </Tag>
              ) : (
                <Tag color="green">{t('apiKeys.valid')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, k) =>
              !k.revokedAt && (
                <Popconfirm title={t('apiKeys.confirmRevoke')} onConfirm={() => revoke.mutate(k.id)}>
                  <Button size="small" danger data-testid="apikey-revoke">
                    {t('apiKeys.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t('apiKeys.create')}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => create.mutate({ name: v.name.trim(), unitId: v.unitId })}
        >
          <Form.Item
            name="name"
            label={t('apiKeys.name')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('apiKeys.name') }),
              },
              { min: 2, message: t('common.required', { field: t('apiKeys.name') }) },
            ]}
          >
            <Input maxLength={100} data-testid="apikey-name" />
          </Form.Item>
          <Form.Item name="unitId" label={t('apiKeys.unit')}>
            <UnitSelect allowClear />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!created}
        title={t('apiKeys.createdTitle')}
        onCancel={() => setCreated(null)}
        footer={<Button onClick={() => setCreated(null)}>{t('common.close')}</Button>}
      >
        <Alert type="warning" showIcon title={t('apiKeys.showOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          copyable={{ text: created?.key, tooltips: [t('apiKeys.copy'), t('apiKeys.copied')] }}
          code
          style={{ wordBreak: 'break-all', fontSize: 14 }}
          data-testid="apikey-secret"
        >
          {created?.key}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}
