/** The admission pages' header: title and the sub-pages the caller may open. */
import { Segmented, Space, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { mayOpen } from '../../auth/permissions.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

const PAGES = [
  ['/admission', 'adm.nav.lists'],
  ['/admission/applications', 'adm.nav.applications'],
  ['/admission/rounds', 'adm.nav.rounds'],
  ['/admission/workload', 'adm.nav.workload'],
  ['/admission/offgate', 'adm.nav.offgate'],
  ['/admission/tasks', 'adm.nav.tasks'],
] as const;

export function AdmissionNav() {
  const { t } = useI18n();
  const { me } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const roles = me?.roles ?? [];
  const pages = PAGES.filter(([p]) => mayOpen(roles, p));
  const current =
    [...pages]
      .reverse()
      .find(([p]) => location.pathname === p || location.pathname.startsWith(`${p}/`))?.[0] ??
    (location.pathname.startsWith('/admission/items') ? '/admission' : undefined);
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('adm.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('adm.sub')}</Typography.Text>
      </div>
      <Segmented
        data-testid="adm-nav"
        value={current ?? '/admission'}
        onChange={(v) => void navigate(String(v))}
        options={pages.map(([p, k]) => ({ value: p, label: t(k as MessageKey) }))}
      />
    </Space>
  );
}

export const money = (n: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
