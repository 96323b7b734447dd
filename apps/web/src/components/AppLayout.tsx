import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import {
  App,
  Avatar,
  Button,
  Drawer,
  Grid,
  Layout,
  Menu,
  Space,
  Tooltip,
  Typography,
  type MenuProps,
} from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  GlobalOutlined,
  HomeOutlined,
  LogoutOutlined,
  MenuOutlined,
  PartitionOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useAuth } from '../auth/AuthProvider.tsx';
import { useI18n } from '../i18n/index.tsx';
import { roleKey } from '../lib/options.ts';
import { Brand } from './Brand.tsx';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { me, hasRole, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = useMemo<MenuProps['items']>(() => {
    const link = (to: string, label: string) => <Link to={to}>{label}</Link>;
    const list: MenuProps['items'] = [
      { key: '/home', icon: <HomeOutlined />, label: link('/home', t('menu.home')) },
    ];
    if (hasRole('admin')) {
      list.push(
        { key: '/admin/map', icon: <GlobalOutlined />, label: link('/admin/map', t('menu.map')) },
        {
          type: 'group',
          key: 'g-structure',
          label: t('menu.groupStructure'),
          children: [
            {
              key: '/admin/units',
              icon: <ApartmentOutlined />,
              label: link('/admin/units', t('menu.units')),
            },
            { key: '/admin/users', icon: <TeamOutlined />, label: link('/admin/users', t('menu.users')) },
          ],
        },
        {
          type: 'group',
          key: 'g-rules',
          label: t('menu.groupRules'),
          children: [
            {
              key: '/admin/categories',
              icon: <PartitionOutlined />,
              label: link('/admin/categories', t('menu.categories')),
            },
            {
              key: '/admin/duties',
              icon: <SolutionOutlined />,
              label: link('/admin/duties', t('menu.duties')),
            },
            {
              key: '/admin/deadlines',
              icon: <ClockCircleOutlined />,
              label: link('/admin/deadlines', t('menu.deadlines')),
            },
            {
              key: '/admin/calendar',
              icon: <CalendarOutlined />,
              label: link('/admin/calendar', t('menu.calendar')),
            },
          ],
        },
        {
          type: 'group',
          key: 'g-security',
          label: t('menu.groupSecurity'),
          children: [
            { key: '/admin/audit', icon: <AuditOutlined />, label: link('/admin/audit', t('menu.audit')) },
          ],
        },
      );
    }
    return list;
  }, [hasRole, t]);

  if (!me) return null;

  const selected = location.pathname.replace(/\/$/, '') || '/home';
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      items={items}
      onClick={() => setDrawerOpen(false)}
      style={{ background: 'transparent', borderInlineEnd: 0 }}
    />
  );

  const onLogout = async () => {
    await logout();
    void message.success(t('header.loggedOut'));
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!narrow && (
        <Sider width={220} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Brand dark />
          {menu}
        </Sider>
      )}
      {narrow && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: '#0f2a55' } }}
        >
          <Brand dark />
          {menu}
        </Drawer>
      )}
      <Layout>
        <Header
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            position: 'sticky',
            top: 0,
            zIndex: 10,
            borderBottom: '1px solid #e8ecf2',
          }}
        >
          {narrow && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
              aria-label="menu"
            />
          )}
          {narrow && <Brand compact logoOnly={!screens.sm} />}
          <div style={{ flex: 1 }} />
          <Space size={narrow ? 4 : 12}>
            <Space size={8}>
              <Avatar size="small" style={{ background: '#1f4e9c' }} icon={<UserOutlined />} />
              <div style={{ lineHeight: 1.25 }}>
                <Typography.Text
                  strong
                  data-testid="current-user"
                  ellipsis
                  style={{ maxWidth: narrow ? 88 : 200, whiteSpace: 'nowrap', display: 'block' }}
                >
                  {me.name}
                </Typography.Text>
                {!narrow && (
                  <div>
                    <Tooltip title={me.roles.map((r) => t(roleKey(r))).join('、')}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {me.unit.name}
                      </Typography.Text>
                    </Tooltip>
                  </div>
                )}
              </div>
            </Space>
            <Button
              data-testid="lang-switch"
              autoInsertSpace={false}
              size="small"
              onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
              title={t('lang.current')}
            >
              {t('lang.switchTo')}
            </Button>
            <Button
              data-testid="logout"
              size="small"
              type="text"
              icon={<LogoutOutlined />}
              onClick={() => void onLogout()}
            >
              {narrow ? null : t('header.logout')}
            </Button>
          </Space>
        </Header>
        <Content style={{ padding: narrow ? 12 : 20, minWidth: 0 }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
