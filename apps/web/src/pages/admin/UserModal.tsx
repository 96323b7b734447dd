/** Create or edit a user: roles (三权分立), unit, password rule, unlock and second-factor reset. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Switch, Tag } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { api, isApiError } from '../../api/client.ts';
import type { Role, User, UserDetail } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { ownLockedRoles } from '../../auth/permissions.ts';
import { UnitSelect } from '../../components/pickers.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { options, roleKey, ROLES } from '../../lib/options.ts';
import { setFieldErrors, useShowError } from '../../lib/useApiError.ts';

interface UserForm {
  username: string;
  name: string;
  phone?: string;
  unitId: string;
  roles: Role[];
  password?: string;
  active?: boolean;
}

export function UserModal({
  user,
  open,
  onClose,
}: {
  user: User | null;
  open: boolean;
  onClose: () => void;
}) {
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
              disabled: ownLockedRoles(self).includes(o.value),
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
