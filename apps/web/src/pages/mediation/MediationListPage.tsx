/** 人民调解: the files of the territory (or the grid worker's own), filtered by status, type and the court window. */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { DisputeType, MediationStatus } from '@onegrid/domain';
import { useMediationFiles, type MediationItem } from '../../api/mediation.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formatDateTime } from '../../lib/time.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';

export const STATUS_COLOR: Record<string, string> = {
  received: 'default',
  referred: 'purple',
  assigned: 'blue',
  mediating: 'processing',
  agreed: 'green',
  terminated: 'red',
  closed: 'success',
};

export function MediationStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`med.status.${status}` as MessageKey)}</Tag>;
}

export default function MediationListPage() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  const [status, setStatus] = useState<string | undefined>();
  const [disputeType, setDisputeType] = useState<string | undefined>();
  const [view, setView] = useState<'all' | 'courtDue'>('all');
  const [page, setPage] = useState(1);
  const q = useMediationFiles({
    status,
    disputeType,
    courtDue: view === 'courtDue' ? 'true' : undefined,
    page,
    pageSize: 20,
  });
  const committee = hasRole('street_lead') || hasRole('handler');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('med.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('med.sub')}</Typography.Text>
        </div>
        <Space>
          {(committee || hasRole('supervisor')) && (
            <Button icon={<BarChartOutlined />} onClick={() => void navigate('/mediation/stats')}>
              {t('med.stats')}
            </Button>
          )}
          {(committee || hasRole('grid_worker')) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/mediation/new')}>
              {t('med.new')}
            </Button>
          )}
        </Space>
      </Space>
      <Card size="small">
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => {
              setView(v as 'all' | 'courtDue');
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('med.list.all') },
              { value: 'courtDue', label: t('med.list.courtDue') },
            ]}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('med.status')}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={MediationStatus.options.map((s) => ({
              value: s,
              label: t(`med.status.${s}` as MessageKey),
            }))}
          />
          <Select
            allowClear
            style={{ width: 160 }}
            placeholder={t('med.type')}
            value={disputeType}
            onChange={(v) => {
              setDisputeType(v);
              setPage(1);
            }}
            options={DisputeType.options.map((s) => ({ value: s, label: t(`med.type.${s}` as MessageKey) }))}
          />
        </Space>
      </Card>
      <Table<MediationItem>
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: t('med.list.empty') }}
        pagination={{ current: page, pageSize: 20, total: q.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: t('med.fileNo'),
            dataIndex: 'fileNo',
            render: (v: string, r) => <Link to={`/mediation/${r.id}`}>{v}</Link>,
          },
          {
            title: t('med.status'),
            dataIndex: 'status',
            render: (s: string) => <MediationStatusTag status={s} />,
          },
          {
            title: t('med.type'),
            dataIndex: 'disputeType',
            render: (s: string) => t(`med.type.${s}` as MessageKey),
          },
          {
            title: t('med.parties'),
            render: (_, r) =>
              r.parties.map((p) => `${t(`med.role.${p.role}` as MessageKey)} ${p.name}`).join('；'),
          },
          { title: t('med.summary'), dataIndex: 'summary', ellipsis: true },
          { title: t('med.mediator'), render: (_, r) => r.mediator?.name ?? '—' },
          { title: t('med.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          ...(view === 'courtDue'
            ? [{ title: t('med.courtConfirmBy'), dataIndex: 'courtConfirmBy' as const }]
            : []),
        ]}
      />
    </Space>
  );
}
