import { describe, expect, it } from 'vitest';
import type { Me, RegionLevel, Role } from '../api/types.ts';
import { ROLES } from '../lib/options.ts';
import {
  canEditGlobal,
  landingPath,
  managesVisibleRegion,
  mayOpen,
  ownLockedRoles,
  PAGE_ROLES,
  type GuardedPage,
} from './permissions.ts';

const PAGES = Object.keys(PAGE_ROLES) as GuardedPage[];

/** The guarded pages a user with `roles` may open. */
const pagesOf = (...roles: Role[]) => PAGES.filter((p) => mayOpen(roles, p));

function me(roles: Role[], level: RegionLevel): Me {
  return {
    id: 'u',
    username: 'u',
    name: 'u',
    roles,
    unit: { id: 'x', name: 'x', kind: 'government' },
    scope: { code: '110117', name: '平谷区', level },
  };
}

describe('pages by role', () => {
  it('every role lands on a page it may open', () => {
    for (const role of ROLES) expect(mayOpen([role], landingPath([role])), role).toBe(true);
    expect(landingPath([])).toBe('/home');
    expect(landingPath(['resident'])).toBe('/my');
  });

  it('someone with several roles lands on the first of their daily work', () => {
    expect(landingPath(['operator', 'dispatcher'])).toBe('/cases/queue');
    expect(landingPath(['grid_worker', 'supervisor'])).toBe('/field');
    expect(landingPath(['grid_worker', 'handler'])).toBe('/cases/inbox');
    expect(landingPath(['supervisor', 'admin'])).toBe('/admin/map');
  });

  it('三权分立: the system, security and audit administrators each open only their own pages', () => {
    const adminPages = pagesOf('admin').filter((p) => p.startsWith('/admin'));
    expect(adminPages).toEqual([
      '/admin/map',
      '/admin/units',
      '/admin/categories',
      '/admin/duties',
      '/admin/deadlines',
      '/admin/calendar',
      '/admin/field-rules',
      '/admin/api-keys',
      '/admin/classify',
    ]);
    expect(pagesOf('supervisor').filter((p) => p.startsWith('/admin'))).toEqual(['/admin/classify']);
    expect(mayOpen(['dispatcher'], '/admin/classify')).toBe(false);
    expect(pagesOf('security_admin')).toEqual(['/admin/users', '/admin/sessions']);
    expect(pagesOf('audit_admin')).toEqual(['/admin/audit']);
  });

  it('residents open no console page; every staff role opens the case list and 督办', () => {
    expect(pagesOf('resident')).toEqual([]);
    for (const role of ROLES.filter((r) => !['resident', 'security_admin', 'audit_admin'].includes(r))) {
      expect(mayOpen([role], '/cases'), role).toBe(true);
      expect(mayOpen([role], '/supervision'), role).toBe(true);
      expect(mayOpen([role], '/cases/20260301001'), role).toBe(true);
    }
  });

  it('nested guards all apply: intake, the queue, the inbox and patrol by role', () => {
    // the operator reads the base data (masked: finds the caller's household), but neither imports nor fills 一表通;
    // issue 12: the duplicate report, hot issues and 每月一题 (not the proactive tasks), reply quality, 舆情 and, like
    // every staff role, the knowledge base (知识库)
    expect(pagesOf('operator')).toEqual([
      '/cases',
      '/cases/new',
      '/cases/duplicates',
      // issue 14: 案件查询, the repeat caller's earlier cases
      '/cases/search',
      '/supervision',
      '/hotspots',
      '/basedata',
      '/reply-quality',
      '/opinion',
      '/knowledge',
      '/services',
      '/admission',
      '/admission/workload',
      '/admission/offgate',
    ]);
    expect(pagesOf('grid_worker')).toEqual([
      '/cases',
      '/cases/inbox',
      '/field',
      '/supervision',
      '/basedata',
      '/reports',
      '/mediation',
      '/field/tasks',
      '/field/buildings',
      '/knowledge',
      '/services',
      '/admission',
      '/admission/workload',
      '/admission/offgate',
      '/points',
    ]);
    // 积分制 (issue 13): community staff and grid workers; not the hotline desks
    expect(mayOpen(['street_lead'], '/points')).toBe(true);
    expect(mayOpen(['operator'], '/points')).toBe(false);
    // 楼盘表: the worker in the phone app, street and community staff in the console (not the worker's page)
    expect(mayOpen(['street_lead'], '/buildings/abc')).toBe(true);
    expect(mayOpen(['handler'], '/buildings')).toBe(true);
    expect(mayOpen(['grid_worker'], '/buildings')).toBe(false);
    expect(mayOpen(['operator'], '/buildings')).toBe(false);
    expect(mayOpen(['street_lead'], '/basedata/import')).toBe(true);
    expect(mayOpen(['grid_worker'], '/basedata/import')).toBe(false);
    expect(mayOpen(['dispatcher'], '/cases/queue/')).toBe(true);
    expect(mayOpen(['handler'], '/cases/queue')).toBe(false);
    expect(mayOpen(['handler'], '/whistles')).toBe(true);
    expect(mayOpen(['handler'], '/whistles/new')).toBe(false);
    expect(mayOpen(['street_lead'], '/whistles/new')).toBe(true);
    expect(mayOpen(['street_lead'], '/whistles/abc')).toBe(true);
    expect(mayOpen(['grid_worker'], '/whistles/abc')).toBe(false);
    // 答复质量 and 舆情 (issue 12): the server scopes what each sees; residents and grid workers have neither
    expect(mayOpen(['handler'], '/reply-quality')).toBe(true);
    expect(mayOpen(['grid_worker'], '/reply-quality')).toBe(false);
    expect(mayOpen(['operator'], '/opinion')).toBe(true);
    expect(mayOpen(['handler'], '/opinion')).toBe(false);
    expect(mayOpen(['resident'], '/opinion')).toBe(false);
  });

  it('村(居)务公开: community and street staff, administrators and supervisors; never residents', () => {
    for (const role of ROLES)
      expect(mayOpen([role], '/disclosure/overview'), role).toBe(
        ['street_lead', 'admin', 'supervisor'].includes(role),
      );
    expect(mayOpen(['street_lead'], '/disclosure/powers')).toBe(true);
  });

  it('社区准入: lists for every desk; applications and rounds for departments, streets and administrators', () => {
    for (const role of ROLES) {
      const desk = !['resident', 'security_admin', 'audit_admin'].includes(role);
      expect(mayOpen([role], '/admission/items/abc'), role).toBe(desk);
      expect(mayOpen([role], '/admission/tasks'), role).toBe(desk);
      expect(mayOpen([role], '/admission/applications/abc'), role).toBe(
        ['handler', 'street_lead', 'admin'].includes(role),
      );
      expect(mayOpen([role], '/admission/rounds/abc'), role).toBe(
        ['handler', 'street_lead', 'admin'].includes(role),
      );
      expect(mayOpen([role], '/admission/workload'), role).toBe(desk);
      expect(mayOpen([role], '/admission/offgate'), role).toBe(desk);
    }
  });

  it('hot issues are for desks with a jurisdiction; proactive tasks also for the units they go to', () => {
    for (const role of ROLES) {
      expect(mayOpen([role], '/hotspots/monthly'), role).toBe(
        ['supervisor', 'admin', 'dispatcher', 'operator', 'street_lead'].includes(role),
      );
      expect(mayOpen([role], '/proactive/abc'), role).toBe(
        ['supervisor', 'admin', 'street_lead', 'handler'].includes(role),
      );
    }
  });

  it('the command room and analytics are for centres, administrators and street leads', () => {
    for (const role of ROLES)
      expect(mayOpen([role], '/command'), role).toBe(
        ['supervisor', 'dispatcher', 'admin', 'street_lead'].includes(role),
      );
    expect(mayOpen(['operator'], '/analytics?from=2026-01-01')).toBe(false);
  });

  it('pages nobody guards are open to anyone signed in', () => {
    for (const role of ROLES) {
      expect(mayOpen([role], '/home')).toBe(true);
      expect(mayOpen([role], '/account')).toBe(true);
    }
  });
});

describe('what an administrator may change', () => {
  it('categories, deadlines and the calendar: district and city administrators only', () => {
    expect(canEditGlobal(me(['admin'], 'city'))).toBe(true);
    expect(canEditGlobal(me(['admin'], 'district'))).toBe(true);
    expect(canEditGlobal(me(['admin'], 'street'))).toBe(false);
    expect(canEditGlobal(me(['security_admin'], 'district'))).toBe(false);
    expect(canEditGlobal(me(['supervisor'], 'district'))).toBe(false);
    expect(canEditGlobal(null)).toBe(false);
  });

  it('社区议事: community and street staff run votes, proposals and deliberation; supervisors read; nobody else', () => {
    const may = ROLES.filter((r) => mayOpen([r], '/participation/votes/x'));
    expect(may.sort()).toEqual(['admin', 'street_lead', 'supervisor']);
    expect(mayOpen(['resident'], '/participation')).toBe(false);
    expect(mayOpen(['grid_worker', 'handler'], '/participation')).toBe(false);
  });

  it('units and duties of regions at or below the scope; an enclosing region is read-only', () => {
    const street = me(['admin'], 'street');
    expect(managesVisibleRegion(street, 'street')).toBe(true);
    expect(managesVisibleRegion(street, 'community')).toBe(true);
    expect(managesVisibleRegion(street, 'district')).toBe(false);
    expect(managesVisibleRegion(street, 'city')).toBe(false);
    expect(managesVisibleRegion(me(['admin'], 'district'), 'district')).toBe(true);
    expect(managesVisibleRegion(me(['dispatcher'], 'district'), 'street')).toBe(false);
    expect(managesVisibleRegion(null, 'community')).toBe(false);
  });

  it('the security administrator cannot take the security role from themself', () => {
    expect(ownLockedRoles(true)).toEqual(['security_admin']);
    expect(ownLockedRoles(false)).toEqual([]);
  });
});
