import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { AccountSecurity } from '../../api/types.ts';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';

const ADMIN_ROLES = ['admin', 'security_admin', 'audit_admin'] as const;

/**
 * Demo mode lets administrators in without a second factor (the e2e tests and visitors sign in with the demo
 * password only); they see this warning on every page until they set one up.
 */
export function SecondFactorWarning() {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const admin = ADMIN_ROLES.some(hasRole);
  const account = useQuery({
    queryKey: ['auth', 'account'],
    queryFn: () => api.get<AccountSecurity>('/api/auth/account'),
    enabled: admin,
    staleTime: 60_000,
  });
  const a = account.data;
  if (!admin || !a || a.totpEnabled || !a.totpRequired) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="totp-demo-warning"
      title={
        <span>
          {t('totp.demoWarning')} <Link to="/account">{t('menu.account')}</Link>
        </span>
      }
      style={{ marginBottom: 12 }}
    />
  );
}
