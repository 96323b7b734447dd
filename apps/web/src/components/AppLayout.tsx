import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Notification } from '../api/cases.ts';
import { LiveNotice, type LiveNoticeState } from './LiveNotice.tsx';
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
  ReadOutlined,
  AuditOutlined,
  CalendarOutlined,
  CopyOutlined,
  ScheduleOutlined,
  CameraOutlined,
  ClockCircleOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FormOutlined,
  GlobalOutlined,
  HomeOutlined,
  InboxOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  NodeIndexOutlined,
  PartitionOutlined,
  ProfileOutlined,
  SolutionOutlined,
  SoundOutlined,
  FireOutlined,
  TableOutlined,
  AlertOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  DatabaseOutlined,
  WifiOutlined,
  ExperimentOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { useAuth } from '../auth/AuthProvider.tsx';
import { canEditGlobal } from '../auth/permissions.ts';
import { useI18n } from '../i18n/index.tsx';
import { roleKey } from '../lib/options.ts';
import { Brand } from './Brand.tsx';
import { SecondFactorWarning } from './identity/SecondFactorWarning.tsx';

const { Header, Sider, Content } = Layout;

// The bell (and its live stream) loads after the first render, outside the initial bundle.
const NotificationBell = lazy(() => import('./NotificationBell.tsx'));

/** Pages below a menu entry (a detail, a sub-page) keep that entry selected. */
const SECTION_OF: [prefix: string, key: string][] = [
  ['/whistles/', '/whistles'],
  ['/fieldwork/workers/', '/fieldwork'],
  ['/basedata/persons/', '/basedata/persons'],
  ['/reports/', '/reports'],
  ['/mediation/', '/mediation'],
  ['/participation/', '/participation'],
  ['/volunteers/', '/volunteers'],
  ['/admission/', '/admission'],
  ['/disclosure/', '/disclosure'],
  ['/buildings/', '/buildings'],
  ['/knowledge/', '/knowledge'],
  ['/services/', '/services'],
  ['/proactive/', '/proactive'],
];

export function AppLayout() {
  const { me, hasRole, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // The live notification banner: the newest one, and how many more came while it was shown.
  const [liveNotice, setLiveNotice] = useState<LiveNoticeState | null>(null);
  const onLive = useCallback(
    (n: Notification) => setLiveNotice((cur) => ({ latest: n, more: cur ? cur.more + 1 : 0 })),
    [],
  );
  const closeLive = useCallback(() => setLiveNotice(null), []);
  const openLive = useCallback(
    (n: Notification) => {
      setLiveNotice(null);
      const to = n.whistleId ? `/whistles/${n.whistleId}` : n.caseId ? `/cases/${n.caseId}` : null;
      if (to) void navigate(to);
    },
    [navigate],
  );

  const items = useMemo<MenuProps['items']>(() => {
    const link = (to: string, label: string) => <Link to={to}>{label}</Link>;
    const list: MenuProps['items'] = [
      { key: '/home', icon: <HomeOutlined />, label: link('/home', t('menu.home')) },
    ];
    // Case work, in the order each role uses it; a user with several roles gets each entry once.
    const caseEntries = {
      inbox: { icon: <InboxOutlined />, to: '/cases/inbox', label: t('menu.inbox') },
      patrol: { icon: <CameraOutlined />, to: '/field', label: t('menu.field') },
      queue: { icon: <NodeIndexOutlined />, to: '/cases/queue', label: t('menu.queue') },
      intake: { icon: <FormOutlined />, to: '/cases/new', label: t('menu.intake') },
      cases: { icon: <ProfileOutlined />, to: '/cases', label: t('menu.cases') },
    };
    const order: (keyof typeof caseEntries)[] = [];
    if (hasRole('handler') || hasRole('street_lead') || hasRole('grid_worker')) order.push('inbox');
    if (hasRole('grid_worker')) order.push('patrol');
    if (hasRole('dispatcher')) order.push('queue', 'intake', 'cases');
    if (hasRole('operator')) order.push('intake', 'cases');
    if (hasRole('supervisor')) order.push('cases', 'queue');
    if (hasRole('admin')) order.push('cases');
    for (const k of new Set(order)) {
      const e = caseEntries[k];
      list.push({ key: e.to, icon: e.icon, label: link(e.to, e.label) });
    }
    // lane search (issue 14)
    if ((['operator', 'dispatcher', 'supervisor'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/cases/search',
        icon: <SearchOutlined />,
        label: link('/cases/search', t('menu.search')),
      });
    if ((['operator', 'dispatcher', 'supervisor'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/cases/duplicates',
        icon: <CopyOutlined />,
        label: link('/cases/duplicates', t('dup.menu')),
      });
    if ((['street_lead', 'admin', 'handler', 'supervisor', 'dispatcher'] as const).some((r) => hasRole(r)))
      list.push({ key: '/whistles', icon: <SoundOutlined />, label: link('/whistles', t('menu.whistles')) });
    if ((['supervisor', 'admin', 'dispatcher', 'operator', 'street_lead'] as const).some((r) => hasRole(r))) {
      list.push({ key: '/hotspots', icon: <FireOutlined />, label: link('/hotspots', t('menu.hotspots')) });
      list.push({
        key: '/hotspots/monthly',
        icon: <FireOutlined />,
        label: link('/hotspots/monthly', t('menu.monthly')),
      });
    }
    if ((['supervisor', 'admin', 'street_lead', 'handler'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/proactive',
        icon: <FireOutlined />,
        label: link('/proactive', t('menu.proactive')),
      });
    if ((['street_lead', 'handler', 'dispatcher'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/fieldwork/signoffs',
        icon: <AlertOutlined />,
        label: link('/fieldwork/signoffs', t('menu.signoffs')),
      });
    if (hasRole('street_lead') || hasRole('supervisor'))
      list.push({
        key: '/fieldwork',
        icon: <TeamOutlined />,
        label: link('/fieldwork', t('menu.fieldwork')),
      });
    if ((['street_lead', 'admin', 'handler', 'grid_worker'] as const).some((r) => hasRole(r)))
      list.push({ key: '/reports', icon: <TableOutlined />, label: link('/reports', t('menu.reports')) });
    // 人民调解: street and community staff, grid workers, the district supervisor (not departments)
    if (
      me?.unit.kind !== 'department' &&
      me?.unit.kind !== 'enterprise' &&
      (['street_lead', 'handler', 'grid_worker', 'supervisor'] as const).some((r) => hasRole(r))
    )
      list.push({
        key: '/mediation',
        icon: <TeamOutlined />,
        label: link('/mediation', t('menu.mediation')),
      });
    // 社区议事: votes, proposals and deliberation of the communities in the jurisdiction (issue 13)
    if (
      me?.unit.kind !== 'department' &&
      me?.unit.kind !== 'enterprise' &&
      (['street_lead', 'admin', 'supervisor'] as const).some((r) => hasRole(r))
    )
      list.push({
        key: '/participation',
        icon: <TeamOutlined />,
        label: link('/participation', t('menu.participation')),
      });
    // 志愿服务: a social organisation's staff, and the leads of streets and communities (and the district) who read
    if (
      (me?.unit.kind === 'social_org' && hasRole('handler')) ||
      (['street_lead', 'admin', 'supervisor'] as const).some((r) => hasRole(r))
    )
      list.push({
        key: '/volunteers',
        icon: <TeamOutlined />,
        label: link('/volunteers', t('menu.volunteers')),
      });
    // 社区准入: the lists for every desk; applications, rounds, workload and reports inside (issue 13)
    if (
      (
        ['operator', 'dispatcher', 'handler', 'street_lead', 'grid_worker', 'supervisor', 'admin'] as const
      ).some((r) => hasRole(r)) &&
      me?.unit.kind !== 'enterprise'
    )
      list.push({
        key: '/admission',
        icon: <AuditOutlined />,
        label: link('/admission', t('menu.admission')),
      });
    // 积分制 (issue 13): community staff and grid workers
    if ((['street_lead', 'admin', 'grid_worker', 'supervisor'] as const).some((r) => hasRole(r)))
      list.push({ key: '/points', icon: <TeamOutlined />, label: link('/points', t('points.menu')) });
    // 村(居)务公开 and 小微权力清单 (issue 13)
    if ((['street_lead', 'admin', 'supervisor'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/disclosure',
        icon: <AuditOutlined />,
        label: link('/disclosure', t('disclosure.menu')),
      });
    if (
      (['dispatcher', 'supervisor', 'street_lead', 'admin', 'operator', 'handler'] as const).some((r) =>
        hasRole(r),
      )
    )
      list.push({
        key: '/reply-quality',
        icon: <AuditOutlined />,
        label: link('/reply-quality', t('menu.replyQuality')),
      });
    if ((['operator', 'dispatcher', 'supervisor', 'street_lead', 'admin'] as const).some((r) => hasRole(r)))
      list.push({ key: '/opinion', icon: <WifiOutlined />, label: link('/opinion', t('menu.opinion')) });
    if (
      (['operator', 'dispatcher', 'handler', 'street_lead', 'supervisor', 'admin'] as const).some((r) =>
        hasRole(r),
      )
    )
      list.push({
        key: '/knowledge',
        icon: <ReadOutlined />,
        label: link('/knowledge', t('menu.knowledge')),
      });
    if (
      (
        ['operator', 'dispatcher', 'handler', 'street_lead', 'supervisor', 'admin', 'grid_worker'] as const
      ).some((r) => hasRole(r))
    )
      list.push({
        key: '/services',
        icon: <SolutionOutlined />,
        label: link('/services', t('menu.services')),
      });
    if ((['street_lead', 'handler', 'dispatcher', 'supervisor'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/fieldwork/tasks',
        icon: <TableOutlined />,
        label: link('/fieldwork/tasks', t('menu.fieldTasks')),
      });
    // 楼盘表 in the console: street and community staff (grid workers open it in the phone app)
    if (
      (me?.unit.kind === 'street_office' || me?.unit.kind === 'community') &&
      (['street_lead', 'handler', 'dispatcher'] as const).some((r) => hasRole(r))
    )
      list.push({
        key: '/buildings',
        icon: <TableOutlined />,
        label: link('/buildings', t('menu.buildings')),
      });
    if (!hasRole('grid_worker') || hasRole('handler'))
      list.push({
        key: '/supervision',
        icon: <AlertOutlined />,
        label: link('/supervision', t('menu.supervision')),
      });
    if ((['supervisor', 'admin', 'street_lead', 'handler'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/assessment',
        icon: <TrophyOutlined />,
        label: link('/assessment', t('menu.assessment')),
      });
    if ((['supervisor', 'dispatcher', 'admin', 'street_lead'] as const).some((r) => hasRole(r)))
      list.push({
        key: '/assessment/city',
        icon: <TrophyOutlined />,
        label: link('/assessment/city', t('menu.cityRanking')),
      });
    // The dashboards are kept per street: a community's staff have none.
    if (
      me?.scope.level !== 'community' &&
      (['supervisor', 'dispatcher', 'admin', 'street_lead'] as const).some((r) => hasRole(r))
    )
      list.push(
        {
          key: '/analytics',
          icon: <DashboardOutlined />,
          label: link('/analytics', t('menu.analytics')),
        },
        { key: '/command', icon: <DesktopOutlined />, label: link('/command', t('menu.command')) },
      );
    // 基础数据 (一标三实): the server applies the privacy classes; departments see the tags they own.
    if (
      (
        ['grid_worker', 'street_lead', 'operator', 'dispatcher', 'handler', 'supervisor', 'admin'] as const
      ).some((r) => hasRole(r))
    ) {
      const bd = (to: string, label: string) => ({ key: to, label: link(to, label) });
      list.push({
        key: 'basedata',
        icon: <DatabaseOutlined />,
        label: t('menu.basedata'),
        children: [
          bd('/basedata/persons', t('menu.bdPersons')),
          bd('/basedata/tagged', t('menu.bdTagged')),
          bd('/basedata/houses', t('menu.bdHouses')),
          bd('/basedata/organisations', t('menu.bdOrgs')),
          ...(hasRole('street_lead') ? [bd('/basedata/import', t('menu.bdImport'))] : []),
        ],
      });
    }
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
            {
              key: '/admin/field-rules',
              icon: <ScheduleOutlined />,
              label: link('/admin/field-rules', t('menu.fieldRules')),
            },
          ],
        },
      );
      // API keys are issued by district or city administrators (the server refuses others).
      if (canEditGlobal(me))
        list.push({
          type: 'group',
          key: 'g-security',
          label: t('menu.groupSecurity'),
          children: [
            {
              key: '/admin/api-keys',
              icon: <KeyOutlined />,
              label: link('/admin/api-keys', t('menu.apiKeys')),
            },
          ],
        });
    }
    // the classifier's page (分类模型): the district's (or city's) administrators and supervisors
    if (
      (hasRole('admin') || hasRole('supervisor')) &&
      (me?.scope.level === 'district' || me?.scope.level === 'city')
    )
      list.push({
        key: '/admin/classify',
        icon: <ExperimentOutlined />,
        label: link('/admin/classify', t('menu.classifyModel')),
      });
    // 三权分立: accounts and sessions are the security administrator's, the audit the audit administrator's.
    if (hasRole('security_admin'))
      list.push({
        type: 'group',
        key: 'g-accounts',
        label: t('menu.groupAccounts'),
        children: [
          { key: '/admin/users', icon: <TeamOutlined />, label: link('/admin/users', t('menu.users')) },
          {
            key: '/admin/sessions',
            icon: <DesktopOutlined />,
            label: link('/admin/sessions', t('menu.sessions')),
          },
        ],
      });
    if (hasRole('audit_admin'))
      list.push({
        type: 'group',
        key: 'g-audit',
        label: t('menu.groupAudit'),
        children: [
          { key: '/admin/audit', icon: <AuditOutlined />, label: link('/admin/audit', t('menu.audit')) },
        ],
      });
    list.push({ key: '/account', icon: <UserOutlined />, label: link('/account', t('menu.account')) });
    return list;
  }, [hasRole, me, t]);

  if (!me) return null;

  const path = location.pathname.replace(/\/$/, '') || '/home';
  // A case page belongs under 全部诉求 in the menu.
  const selected = /^\/cases\/\d+$/.test(path)
    ? '/cases'
    : (SECTION_OF.find(([prefix]) => path.startsWith(prefix))?.[1] ?? path);
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
            <Suspense fallback={null}>
              <NotificationBell onLive={onLive} />
            </Suspense>
            <Space size={8}>
              <Avatar size="small" style={{ background: '#1f4e9c' }} icon={<UserOutlined />} />
              <div style={{ lineHeight: 1.25 }}>
                <Typography.Text
                  strong
                  data-testid="current-user"
                  ellipsis
                  style={{ maxWidth: narrow ? 88 : 200, whiteSpace: 'nowrap', display: 'block' }}
                >
                  <Link to="/account" style={{ color: 'inherit' }}>
                    {me.name}
                  </Link>
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
          <LiveNotice state={liveNotice} narrow={narrow} onOpen={openLive} onClose={closeLive} />
          <SecondFactorWarning />
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
