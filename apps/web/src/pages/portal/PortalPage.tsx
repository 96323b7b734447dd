/**
 * 居民一站通 (issue 13): the resident's one mobile entry — report, my reports and applications, services and their
 * guides, my community's votes and deliberations, points, disclosures, volunteering. Public sections open to anyone;
 * the rest need a resident account (each page checks, and the server decides what it shows).
 */
import { Link } from 'react-router-dom';
import { Button, Card, Tag, Typography } from 'antd';
import { useAuth } from '../../auth/AuthProvider.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { PublicShell } from '../public/PublicShell.tsx';
import { PORTAL_SECTIONS } from './sections.ts';

export default function PortalPage() {
  const { me } = useAuth();
  const { t } = useI18n();
  const resident = !!me?.roles.includes('resident');
  return (
    <PublicShell>
      <Typography.Title level={4} style={{ margin: '4px 0 0' }}>
        {t('portal.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
        {t('portal.sub')}
      </Typography.Paragraph>
      {me ? (
        <Typography.Paragraph data-testid="portal-who">
          {t('portal.signedInAs', { name: me.name })}
        </Typography.Paragraph>
      ) : (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('portal.signInHint')}
          </Typography.Paragraph>
          <Link to="/login" state={{ from: '/my' }}>
            <Button type="primary" block>
              {t('portal.signIn')}
            </Button>
          </Link>
        </Card>
      )}
      <div
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 10 }}
        data-testid="portal-sections"
      >
        {PORTAL_SECTIONS.map((s) => (
          <Link key={s.key} to={s.path} data-testid={`portal-${s.key}`}>
            <Card size="small" hoverable style={{ height: '100%' }}>
              <s.icon style={{ fontSize: 24, color: '#1f5fbf' }} />
              <div style={{ fontWeight: 600, fontSize: 15, marginTop: 4, color: '#0f2a55' }}>
                {t(s.title)}
                {s.signIn && !resident && (
                  <Tag style={{ marginLeft: 6, fontWeight: 400 }} color="default">
                    {t('portal.needsSignIn')}
                  </Tag>
                )}
              </div>
              <div style={{ fontSize: 12, color: '#6b7a90', marginTop: 2 }}>{t(s.hint)}</div>
            </Card>
          </Link>
        ))}
      </div>
    </PublicShell>
  );
}
