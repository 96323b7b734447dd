import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Select, Space, Tag } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { api } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { Role, User } from '../../api/types.ts';
import { FilterTable, SearchFilter, useListQuery, useServerList } from '../../components/FilterTable.tsx';
import { ImportExport } from '../../components/ImportExport.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { UnitSelect } from '../../components/pickers.tsx';
import { RevealButton } from '../../components/identity/RevealButton.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { oneOf } from '../../lib/listQuery.ts';
import { options, roleKey, ROLES } from '../../lib/options.ts';
import { useShowError } from '../../lib/useApiError.ts';
import { UserModal } from './UserModal.tsx';

const ROLE_COLOR: Record<Role, string> = {
  resident: 'default',
  grid_worker: 'green',
  operator: 'cyan',
  dispatcher: 'blue',
  handler: 'geekblue',
  street_lead: 'purple',
  supervisor: 'orange',
  admin: 'red',
  security_admin: 'volcano',
  audit_admin: 'gold',
};

const FILTERS = ['unitId', 'role', 'q'] as const;

/** Shows the full phone number on demand, with a stated reason; the server records each view in the audit log. */
function PhoneCell({ user }: { user: User }) {
  const { t } = useI18n();
  const [phone, setPhone] = useState<string | null>(null);
  if (!user.phoneMasked) return <span>—</span>;
  if (phone) return <span style={{ fontFamily: 'monospace' }}>{phone}</span>;
  return (
    <Space size={4}>
      <span style={{ fontFamily: 'monospace' }}>{user.phoneMasked}</span>
      <RevealButton
        testId={`show-phone-${user.username}`}
        label={t('users.showPhone')}
        reveal={async (reason) =>
          setPhone((await api.get<{ phone: string }>(`/api/users/${user.id}/phone`, { reason })).phone)
        }
      />
    </Space>
  );
}

export default function UsersPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const list = useListQuery(FILTERS);
  const users = useServerList<User, (typeof FILTERS)[number]>('/api/users', qk.users, list);
  const [editing, setEditing] = useState<User | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const unlock = useMutation({
    mutationFn: (id: string) => api.patch<User>(`/api/users/${id}`, { unlock: true }),
    onSuccess: () => {
      void message.success(t('users.unlocked'));
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: showError,
  });

  const open = (u: User | null) => {
    setEditing(u);
    setModalOpen(true);
  };

  return (
    <div>
      <PageHeader
        title={t('users.title')}
        sub={t('users.phoneAudited')}
        extra={
          <>
            <ImportExport entity="users" invalidate={[['users']]} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)}>
              {t('users.create')}
            </Button>
          </>
        }
      />
      <FilterTable<User>
        testId="users-list"
        list={list}
        rows={users.data?.items}
        total={users.data?.total}
        loading={users.isFetching}
        error={users.error}
        onRetry={() => void users.refetch()}
        filters={
          <>
            <UnitSelect
              allowClear
              placeholder={t('users.unit')}
              style={{ width: 220 }}
              value={list.filters.unitId}
              onChange={(v) => list.set({ filters: { unitId: v } })}
            />
            <Select
              allowClear
              placeholder={t('users.roles')}
              style={{ width: 160 }}
              value={oneOf(ROLES, list.filters.role)}
              onChange={(v: Role | undefined) => list.set({ filters: { role: v } })}
              options={options(ROLES, roleKey, t)}
            />
            <SearchFilter
              value={list.filters.q}
              placeholder={t('users.searchPlaceholder')}
              onSearch={(q) => list.set({ filters: { q } })}
            />
          </>
        }
        rowKey="id"
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('users.username'),
            dataIndex: 'username',
            width: 140,
            render: (v: string, u) => <a onClick={() => open(u)}>{v}</a>,
          },
          { title: t('users.name'), dataIndex: 'name', width: 120 },
          { title: t('users.unit'), key: 'unit', render: (_, u) => u.unit.name },
          {
            title: t('users.roles'),
            dataIndex: 'roles',
            render: (roles: Role[]) =>
              roles.map((r) => (
                <Tag key={r} color={ROLE_COLOR[r]} style={{ marginBottom: 2 }}>
                  {t(roleKey(r))}
                </Tag>
              )),
          },
          { title: t('users.phone'), key: 'phone', width: 200, render: (_, u) => <PhoneCell user={u} /> },
          {
            title: t('common.status'),
            key: 'status',
            width: 200,
            render: (_, u) => (
              <Space size={4} wrap>
                {u.active ? (
                  <Tag color="success">{t('common.active')}</Tag>
                ) : (
                  <Tag>{t('common.inactive')}</Tag>
                )}
                {u.mustChangePassword && <Tag color="warning">{t('users.mustChange')}</Tag>}
                {u.totpEnabled && <Tag color="blue">{t('users.totp')}</Tag>}
                {u.locked && (
                  <Popconfirm title={t('users.unlock')} onConfirm={() => unlock.mutate(u.id)}>
                    <Tag color="error" icon={<LockOutlined />} style={{ cursor: 'pointer' }}>
                      {t('users.locked')}
                    </Tag>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right',
            render: (_, u) => (
              <Button type="link" size="small" onClick={() => open(u)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UserModal
        key={editing?.id ?? 'new'}
        user={editing}
        open={modalOpen}
        onClose={() => setModalOpen(false)}
      />
    </div>
  );
}
