import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { DeadlinePolicy, Urgency } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { canEditGlobal } from '../../auth/permissions.ts';
import { FilterTable } from '../../components/FilterTable.tsx';
import { GlobalReadOnlyNote, PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { URGENCY_COLOR, urgencyKey } from '../../lib/options.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { formatDuration, sortPolicies, STAGES, type Stage } from './deadlinePolicies.ts';
import { PolicyModal } from './PolicyModal.tsx';

export default function DeadlinesPage() {
  const { t } = useI18n();
  const editable = canEditGlobal(useAuth().me);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [editing, setEditing] = useState<DeadlinePolicy | null>(null);
  const [modalOpen, setModalOpen] = useState(false);
  const list = useQuery({
    queryKey: qk.deadlines,
    queryFn: async () => (await api.get<{ items: DeadlinePolicy[] }>('/api/deadline-policies')).items,
  });

  const rows = useMemo(() => sortPolicies(list.data ?? []), [list.data]);

  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/deadline-policies/${id}`),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void qc.invalidateQueries({ queryKey: qk.deadlines });
    },
    onError: showError,
  });

  const open = (p: DeadlinePolicy | null) => {
    setEditing(p);
    setModalOpen(true);
  };

  return (
    <div>
      <PageHeader
        title={t('deadlines.title')}
        extra={
          editable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
              {t('deadlines.create')}
            </Button>
          )
        }
      />
      {!editable && <GlobalReadOnlyNote />}
      <Alert type="info" showIcon title={t('deadlines.hint')} style={{ marginBottom: 16 }} />
      <FilterTable<DeadlinePolicy>
        testId="deadlines-list"
        rows={list.data ? rows : undefined}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        rowKey="id"
        scroll={{ x: 800 }}
        columns={[
          {
            title: t('deadlines.category'),
            key: 'category',
            render: (_, p) =>
              p.categoryCode === null ? (
                <Tag color="geekblue">{t('deadlines.default')}</Tag>
              ) : (
                <span>
                  {p.categoryName ?? p.categoryCode}{' '}
                  <Tag variant="filled" style={{ fontSize: 11 }}>
                    {t('deadlines.override')}
                  </Tag>
                </span>
              ),
          },
          {
            title: t('deadlines.urgency'),
            dataIndex: 'urgency',
            width: 110,
            render: (u: Urgency) => <Tag color={URGENCY_COLOR[u]}>{t(urgencyKey(u))}</Tag>,
          },
          ...STAGES.map((s: Stage) => ({
            title: t(`deadlines.${s}`),
            key: s,
            width: 150,
            render: (_: unknown, p: DeadlinePolicy) => formatDuration(p[s], t),
          })),
          // Only district/city admins may change policies; others get no actions column at all.
          ...(editable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 140,
                  render: (_: unknown, p: DeadlinePolicy) => (
                    <Space size={0}>
                      <Button type="link" size="small" onClick={() => open(p)}>
                        {t('common.edit')}
                      </Button>
                      {p.categoryCode !== null && (
                        <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(p.id)}>
                          <Button type="link" size="small" danger>
                            {t('common.delete')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <PolicyModal
        key={editing?.id ?? 'new'}
        policy={editing}
        open={modalOpen}
        onClose={() => setModalOpen(false)}
      />
    </div>
  );
}
