import type { Role } from '@onegrid/domain';
import { communityUnitKey, GOVERNMENT_KEY, SOCIAL_ORG_KEY, streetUnitKey } from './units.ts';
import type { DemoGrid, DemoUser } from './types.ts';

export const DEMO_PASSWORD = 'Demo@12345';
/** 滨河街道 (urban) is the demo street; 兴谷街道 the second one, to show that streets cannot see each other. */
export const DEMO_STREET = '110117001000';
export const SECOND_STREET = '110117002000';
/** 金谷东园社区, 滨河街道: its first grids get the demo grid worker. */
export const DEMO_COMMUNITY = '110117001001';

export function buildUsers(grids: DemoGrid[]): DemoUser[] {
  const gridCodes = grids
    .filter((g) => g.communityCode === DEMO_COMMUNITY)
    .slice(0, 3)
    .map((g) => g.code);
  const user = (username: string, name: string, phone: string, unitKey: string, roles: Role[]): DemoUser => ({
    username,
    name,
    phone,
    unitKey,
    roles,
    password: DEMO_PASSWORD,
  });
  return [
    user('admin', '系统管理员', '13800100001', GOVERNMENT_KEY, ['admin']),
    // 三权分立: accounts and sessions apart from structure, and the audit apart from both.
    user('security_admin', '安全管理员', '13800100002', GOVERNMENT_KEY, ['security_admin']),
    user('audit_admin', '审计管理员', '13800100003', GOVERNMENT_KEY, ['audit_admin']),
    user('operator', '王丽娜', '13911020345', GOVERNMENT_KEY, ['operator']),
    user('dispatcher', '张建国', '13601235678', GOVERNMENT_KEY, ['dispatcher']),
    user('supervisor', '李志强', '13701108823', GOVERNMENT_KEY, ['supervisor']),
    user('street_lead', '刘海燕', '13552307716', streetUnitKey(DEMO_STREET), ['street_lead']),
    user('street_handler', '陈宇', '13810276642', streetUnitKey(DEMO_STREET), ['handler']),
    user('street_admin', '赵敏', '13683219054', streetUnitKey(DEMO_STREET), ['admin']),
    user('street_security', '钱伟', '13683219055', streetUnitKey(DEMO_STREET), ['security_admin']),
    user('street_audit', '韩雪', '13683219056', streetUnitKey(DEMO_STREET), ['audit_admin']),
    user('street_lead2', '孙立新', '13910558721', streetUnitKey(SECOND_STREET), ['street_lead']),
    user('cgw_handler', '周文斌', '13520883167', 'dept.cgw', ['handler']),
    user('water_handler', '吴桂芳', '13641097752', 'ent.water', ['handler']),
    // Departments that own tags of the base data (数据按用途) and send 一表通 reports.
    user('mzj_handler', '杨春梅', '13621190483', 'dept.mzj', ['handler']),
    user('sfj_handler', '何振东', '13651027719', 'dept.sfj', ['handler']),
    user('cl_handler', '罗静', '13661285530', 'dept.cl', ['handler']),
    // The demo community's own staff (社区工作者): fills 一表通 instances, keeps the community's base data.
    user('community_lead', '冯丽', '13671348856', communityUnitKey(DEMO_COMMUNITY), ['street_lead']),
    {
      ...user('grid_worker', '郑秀梅', '15010367219', communityUnitKey(DEMO_COMMUNITY), ['grid_worker']),
      gridCodes,
    },
    user('resident', '马晓东', '18601154430', communityUnitKey(DEMO_COMMUNITY), ['resident']),
    // 社会组织: the community's volunteer team keeps volunteer records and can be assigned cases (issue 13).
    user('social_org', '许慧敏', '13671348870', SOCIAL_ORG_KEY, ['handler']),
  ];
}
