import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/index.tsx';
import { levelKey, roleKey, unitKindKey } from '../lib/options.ts';

export default function HomePage() {
  const { me } = useAuth();
  const { t } = useI18n();
  if (!me) return null;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 880 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.welcome', { name: me.name })}
      </Typography.Title>
      <Card title={t('home.profile')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'username', label: t('home.username'), children: me.username },
            { key: 'unit', label: t('home.unit'), children: me.unit.name },
            { key: 'kind', label: t('home.unitKind'), children: t(unitKindKey(me.unit.kind)) },
            {
              key: 'scope',
              label: t('home.scope'),
              children: `${me.scope.name} · ${t(levelKey(me.scope.level))}`,
            },
            {
              key: 'roles',
              label: t('home.roles'),
              span: 2,
              children: me.roles.map((r) => (
                <Tag key={r} color="blue">
                  {t(roleKey(r))}
                </Tag>
              )),
            },
          ]}
        />
      </Card>
      <Typography.Paragraph type="secondary">{t('home.comingSoon')}</Typography.Paragraph>
    </Space>
  );
}
