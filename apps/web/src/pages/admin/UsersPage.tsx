import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
} from 'antd';
import { LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import { qk } from '../../api/queries.ts';
import type { Page, Role, User, UserDetail } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { ImportExport } from '../../components/ImportExport.tsx';
import { FilterBar, PageHeader } from '../../components/PageHeader.tsx';
import { UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { RevealButton } from '../../components/identity/RevealButton.tsx';
import { options, roleKey, ROLES } from '../../lib/options.ts';
import { setFieldErrors, useShowError } from '../../lib/useApiError.ts';

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

interface UserForm {
  username: string;
  name: string;
  phone?: string;
  unitId: string;
  roles: Role[];
  password?: string;
  active?: boolean;
}

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

function UserModal({ user, open, onClose }: { user: User | null; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const qc = useQueryClient();
  const showError = useShowError();
  // The server refuses to let an admin deactivate themself or drop their own admin role.
  const { me } = useAuth();
  const self = !!user && user.id === me?.id;

  const detail = useQuery({
    queryKey: ['users', 'detail', user?.id],
    queryFn: () => api.get<UserDetail>(`/api/users/${user!.id}`),
    enabled: open && !!user,
  });

  const done = (text: string) => {
    void message.success(text);
    void qc.invalidateQueries({ queryKey: ['users'] });
  };

  const save = useMutation({
    mutationFn: (v: UserForm) => {
      const phone = v.phone?.trim() || undefined;
      if (user) {
        return api.patch<User>(`/api/users/${user.id}`, {
          name: v.name.trim(),
          // empty keeps the stored number (the form never holds the full number)
          ...(phone ? { phone } : {}),
          unitId: v.unitId,
          roles: v.roles,
          active: v.active,
          ...(v.password ? { password: v.password } : {}),
        });
      }
      return api.post<User>('/api/users', {
        username: v.username.trim(),
        name: v.name.trim(),
        phone,
        unitId: v.unitId,
        roles: v.roles,
        password: v.password,
      });
    },
    onSuccess: () => {
      done(t('common.saved'));
      onClose();
    },
    onError: (e) => {
      // The password rule lives on the server (packages/domain): show its reasons on the field.
      if (isApiError(e, 'PASSWORD_REJECTED')) {
        form.setFields([{ name: 'password', errors: e.details.map((d) => d.message) }]);
      } else if (!setFieldErrors(form, e)) showError(e);
    },
  });

  const resetTotp = useMutation({
    mutationFn: () => api.patch<User>(`/api/users/${user!.id}`, { resetTotp: true }),
    onSuccess: () => {
      done(t('users.resetTotpDone'));
      onClose();
    },
    onError: showError,
  });

  const unlock = useMutation({
    mutationFn: () => api.patch<User>(`/api/users/${user!.id}`, { unlock: true }),
    onSuccess: () => {
      done(t('users.unlocked'));
      onClose();
    },
    onError: showError,
  });

  return (
    <Modal
      open={open}
      title={user ? t('users.editTitle') : t('users.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      destroyOnHidden
    >
      {user?.locked && (
        <Alert
          type="warning"
          showIcon
          icon={<LockOutlined />}
          title={t('users.locked')}
          action={
            <Button
              size="small"
              icon={<UnlockOutlined />}
              loading={unlock.isPending}
              onClick={() => unlock.mutate()}
            >
              {t('users.unlock')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {user?.totpEnabled && (
        <Alert
          type="info"
          showIcon
          title={`${t('users.totp')}: ${t('totp.on')}`}
          action={
            <Popconfirm title={t('users.resetTotpConfirm')} onConfirm={() => resetTotp.mutate()}>
              <Button size="small" loading={resetTotp.isPending} data-testid="reset-totp">
                {t('users.resetTotp')}
              </Button>
            </Popconfirm>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<UserForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          user
            ? {
                username: user.username,
                name: user.name,
                unitId: user.unit.id,
                roles: user.roles,
                active: user.active,
              }
            : { roles: [] }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[{ required: true, whitespace: true, max: 64 }]}
        >
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('users.name')}
          rules={[{ required: true, whitespace: true, max: 64 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          extra={user?.phoneMasked ? t('common.keepIfEmpty') : undefined}
        >
          <Input autoComplete="off" placeholder={user?.phoneMasked ?? undefined} />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.unit')} rules={[{ required: true }]}>
          <UnitSelect manageable known={user ? [user.unit] : []} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          extra={t('users.separation')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Select
            mode="multiple"
            options={options(ROLES, roleKey, t).map((o) => ({
              ...o,
              disabled: self && o.value === 'security_admin',
            }))}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('users.newPassword') : t('users.password')}
          extra={user ? t('common.keepIfEmpty') : t('users.passwordRule')}
          rules={[
            { required: !user, message: t('common.required', { field: t('users.password') }) },
            { min: 8, message: t('pw.problem.too_short') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {user && (
          <Form.Item
            name="active"
            label={t('users.active')}
            valuePropName="checked"
            extra={self ? t('users.selfHint') : undefined}
          >
            <Switch
              disabled={self}
              checkedChildren={t('common.active')}
              unCheckedChildren={t('common.inactive')}
            />
          </Form.Item>
        )}
        {user && detail.data && detail.data.grids.length > 0 && (
          <Form.Item label={t('users.grids')}>
            {detail.data.grids.map((g) => (
              <Tag key={g.code}>{g.name}</Tag>
            ))}
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export default function UsersPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [role, setRole] = useState<Role | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<User | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  const params = { unitId, role, q, page, pageSize };
  const list = useQuery({
    queryKey: qk.users(params),
    queryFn: () => api.get<Page<User>>('/api/users', params),
    placeholderData: keepPreviousData,
  });

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
      <Card>
        <FilterBar>
          <UnitSelect
            allowClear
            placeholder={t('users.unit')}
            style={{ width: 220 }}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setPage(1);
            }}
          />
          <Select
            allowClear
            placeholder={t('users.roles')}
            style={{ width: 160 }}
            value={role}
            onChange={(v: Role | undefined) => {
              setRole(v);
              setPage(1);
            }}
            options={options(ROLES, roleKey, t)}
          />
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            style={{ width: 240 }}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
          />
        </FilterBar>
        <Table<User>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
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
      </Card>
      <UserModal
        key={editing?.id ?? 'new'}
        user={editing}
        open={modalOpen}
        onClose={() => setModalOpen(false)}
      />
    </div>
  );
}
