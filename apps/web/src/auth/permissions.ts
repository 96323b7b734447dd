/**
 * What the server will let the signed-in user do, mirrored so the console hides actions that would certainly be
 * refused. The server stays the authority (apps/server/src/lib/actor.ts); these only shape the UI.
 */
import type { Me, RegionLevel, Role } from '../api/types.ts';

/** Broadest first; a region is inside a scope only if it is at the scope's level or below. */
const LEVEL_RANK: Record<RegionLevel, number> = { city: 0, district: 1, street: 2, community: 3 };

export function isAdmin(me: Me | null): boolean {
  return me?.roles.includes('admin') ?? false;
}

/** Categories, deadline policies and the working calendar belong to administrators of a district or city. */
export function canEditGlobal(me: Me | null): boolean {
  return isAdmin(me) && (me?.scope.level === 'city' || me?.scope.level === 'district');
}

/**
 * Whether an admin may change something bound to a region the API has already shown them. Visible regions are
 * either inside the caller's scope or enclose it (e.g. the district's departments seen from a street), so a
 * region at a broader level than the scope is an enclosing one and read-only.
 */
export function managesVisibleRegion(me: Me | null, level: RegionLevel): boolean {
  return isAdmin(me) && !!me && LEVEL_RANK[level] >= LEVEL_RANK[me.scope.level];
}

/** Staff only: residents have no console pages (they use /report and /track). */
export const STAFF_ROLES: readonly Role[] = [
  'admin',
  'operator',
  'dispatcher',
  'handler',
  'street_lead',
  'grid_worker',
  'supervisor',
];

/** 三权分立: the system, security and audit administrators each reach their own pages under /admin. */
export const ADMIN_ROLES: readonly Role[] = ['admin', 'security_admin', 'audit_admin'];

/** Whistles: the street blows, summoned units (handlers) report in, the district reads. */
export const WHISTLE_ROLES: readonly Role[] = ['street_lead', 'admin', 'handler', 'supervisor', 'dispatcher'];

/** Base data (一标三实): staff who read persons, houses and organisations (the server applies privacy classes). */
export const BASEDATA_ROLES: readonly Role[] = [
  'grid_worker',
  'street_lead',
  'operator',
  'dispatcher',
  'handler',
  'supervisor',
  'admin',
];

/** Rankings: supervisors and administrators see every peer group, units their own (the server decides). */
export const ASSESSMENT_ROLES: readonly Role[] = ['supervisor', 'admin', 'street_lead', 'handler'];

/** The command dashboard and analytics: district/city centres and administrators, a street's lead and admins. */
export const DASHBOARD_ROLES: readonly Role[] = ['supervisor', 'dispatcher', 'admin', 'street_lead'];

/**
 * Who may open each guarded console page (routes.tsx guards with these; the menu should offer the same). A path
 * not listed is open to anyone signed in (home, account, a case's own page, which the server scopes).
 */
export const PAGE_ROLES = {
  '/admin/map': ['admin'],
  '/admin/units': ['admin'],
  '/admin/categories': ['admin'],
  '/admin/duties': ['admin'],
  '/admin/deadlines': ['admin'],
  '/admin/calendar': ['admin'],
  '/admin/field-rules': ['admin'],
  '/admin/api-keys': ['admin'],
  // the classifier's page (issue 12): the district's administrators and supervisors (only administrators change it)
  '/admin/classify': ['admin', 'supervisor'],
  '/admin/users': ['security_admin'],
  '/admin/sessions': ['security_admin'],
  '/admin/audit': ['audit_admin'],
  '/cases': STAFF_ROLES,
  '/cases/new': ['operator', 'dispatcher'],
  '/cases/queue': ['dispatcher', 'supervisor'],
  '/cases/inbox': ['handler', 'street_lead', 'grid_worker'],
  // 查重采纳: acceptance of duplicate candidates per week (issue 12)
  '/cases/duplicates': ['operator', 'dispatcher', 'supervisor'],
  // lane search (issue 14)
  '/cases/search': ['operator', 'dispatcher', 'supervisor'],
  // the grid worker's phone app (installable, offline): 我的一天, 巡查, 走访, 任务, 待发送
  '/field': ['grid_worker'],
  '/supervision': STAFF_ROLES,
  '/fieldwork/signoffs': ['handler', 'dispatcher', 'street_lead'],
  '/assessment': ASSESSMENT_ROLES,
  // the city's street ranking (issue 14): the command-room roles, as the server's CITY_RANKING_ROLES
  '/assessment/city': DASHBOARD_ROLES,
  '/analytics': DASHBOARD_ROLES,
  '/command': DASHBOARD_ROLES,
  // 网格工作: the street's and the community's field-work view
  '/fieldwork': ['street_lead', 'supervisor'],
  '/whistles': WHISTLE_ROLES,
  '/whistles/new': ['street_lead', 'admin'],
  // hot issues and 每月一题: desks with a jurisdiction; proactive tasks: also the units they go to
  '/hotspots': ['supervisor', 'admin', 'dispatcher', 'operator', 'street_lead'],
  '/proactive': ['supervisor', 'admin', 'street_lead', 'handler'],
  '/basedata': BASEDATA_ROLES,
  '/basedata/import': ['street_lead'],
  // 一表通: departments' and streets' staff, district administrators, community staff (the server decides what each sees)
  '/reports': ['street_lead', 'admin', 'handler', 'grid_worker'],
  // 社区议事 (issue 13): community and street staff run votes, proposals and deliberation; supervisors read
  '/participation': ['street_lead', 'admin', 'supervisor'],
  // 人民调解: the committee (street and community staff), grid workers bringing disputes, the district supervisor
  '/mediation': ['street_lead', 'handler', 'grid_worker', 'supervisor'],
  // 志愿服务 (issue 13): the keeping organisation's staff manage, the street or community above reads (server scopes)
  '/volunteers': ['street_lead', 'handler', 'admin', 'supervisor'],
  // tasks to grid workers and the 楼盘表 (issue 11): the server decides the territory
  '/fieldwork/tasks': ['street_lead', 'handler', 'dispatcher', 'supervisor'],
  '/field/tasks': ['grid_worker'],
  '/field/buildings': ['grid_worker'],
  // the same 楼盘表 in the console for street and community staff (server: collectsFloorPlans, their territory)
  '/buildings': ['street_lead', 'handler', 'dispatcher'],
  // 答复质量 and 舆情 (issue 12): the server scopes what each sees
  '/reply-quality': ['dispatcher', 'supervisor', 'street_lead', 'admin', 'operator', 'handler'],
  '/opinion': ['operator', 'dispatcher', 'supervisor', 'street_lead', 'admin'],
  // 知识库 (issue 12): every staff role reads; the server decides who edits (the owner unit, district administrators)
  '/knowledge': STAFF_ROLES,
  // 一窗通办 (issue 13): every staff role (windows accept, departments handle their stages; the server scopes)
  '/services': STAFF_ROLES,
  // 社区准入 (issue 13): every staff role reads the lists and its tasks; departments and street offices apply, the
  // civil-affairs office (a department's handlers) and district administrators review; communities, streets and the
  // district see workload and off-gate reports (the server decides which communities)
  '/admission': ['operator', 'dispatcher', 'handler', 'street_lead', 'grid_worker', 'supervisor', 'admin'],
  // 村(居)务公开 (issue 13): community and street staff keep catalogues; district administrators define the
  // micro-power items; supervisors read (the server scopes)
  '/disclosure': ['street_lead', 'admin', 'supervisor'],
  '/admission/applications': ['handler', 'street_lead', 'admin'],
  '/admission/rounds': ['handler', 'street_lead', 'admin'],
  '/admission/workload': [
    'street_lead',
    'grid_worker',
    'handler',
    'supervisor',
    'admin',
    'operator',
    'dispatcher',
  ],
  '/admission/offgate': [
    'street_lead',
    'grid_worker',
    'handler',
    'supervisor',
    'admin',
    'operator',
    'dispatcher',
  ],
  // 积分制 (issue 13): community staff keep rules and shop, grid workers score; the server scopes to the community
  '/points': ['street_lead', 'admin', 'grid_worker', 'supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type GuardedPage = keyof typeof PAGE_ROLES;

/**
 * Whether a user with `roles` may open `path`: every guard on the way must let them through (a page under /admin
 * also needs an administrator role, /cases/new also a staff role, …), as the nested routes do.
 */
/** Pages under /admin that PAGE_ROLES alone guards (a supervisor reads the classifier's page). */
const OPEN_ADMIN_PAGES: readonly string[] = ['/admin/classify'];

export function mayOpen(roles: readonly Role[], path: string): boolean {
  const has = (allowed: readonly Role[]) => allowed.some((r) => roles.includes(r));
  const parts = path.split('?')[0]!.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] === 'admin' && !has(ADMIN_ROLES) && !OPEN_ADMIN_PAGES.includes(`/admin/${parts[1]}`))
    return false;
  for (let i = 1; i <= parts.length; i++) {
    const prefix = `/${parts.slice(0, i).join('/')}`;
    const allowed = (PAGE_ROLES as Record<string, readonly Role[]>)[prefix];
    if (allowed && !has(allowed)) return false;
  }
  return true;
}

/** Each role starts where its daily work is. */
export function landingPath(roles: readonly Role[]): string {
  const has = (r: Role) => roles.includes(r);
  if (has('admin')) return '/admin/map';
  if (has('security_admin')) return '/admin/users';
  if (has('audit_admin')) return '/admin/audit';
  if (has('dispatcher')) return '/cases/queue';
  if (has('operator')) return '/cases/new';
  // a grid worker's day is on the phone app; one who also handles cases for a unit starts in the inbox
  if (has('grid_worker') && !has('handler') && !has('street_lead')) return '/field';
  if (has('handler') || has('street_lead') || has('grid_worker')) return '/cases/inbox';
  if (has('supervisor')) return '/cases';
  // a resident's door is the residents' portal (居民一站通), outside the console
  if (has('resident')) return '/my';
  return '/home';
}

/** Roles a user may not take from themself (the server refuses: the last way back in would be gone). */
export function ownLockedRoles(isSelf: boolean): readonly Role[] {
  return isSelf ? ['security_admin'] : [];
}
