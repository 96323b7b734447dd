import type { UnitKind } from '@onegrid/domain';
import { DISTRICT_CODE, loadDivisions, type DivisionStreet } from './divisions.ts';
import { randomInt, rngFor } from './random.ts';
import type { DemoUnit } from './types.ts';

/** District departments and utilities: key, name, kind. Keys are referenced by the duty list and the users. */
const DISTRICT_UNITS: [key: string, name: string, kind: UnitKind][] = [
  ['dept.cgw', '平谷区城市管理委员会', 'department'],
  ['dept.zjw', '平谷区住房和城乡建设委员会', 'department'],
  ['dept.jtw', '平谷区交通委员会', 'department'],
  ['dept.sthj', '平谷区生态环境局', 'department'],
  ['dept.scjg', '平谷区市场监督管理局', 'department'],
  ['dept.gaj', '北京市公安局平谷分局', 'department'],
  ['dept.jgzd', '平谷公安交通管理支队', 'department'],
  ['dept.swj', '平谷区水务局', 'department'],
  ['dept.wjw', '平谷区卫生健康委员会', 'department'],
  ['dept.jw', '平谷区教育委员会', 'department'],
  ['dept.mzj', '平谷区民政局', 'department'],
  ['dept.rsj', '平谷区人力资源和社会保障局', 'department'],
  ['dept.ylj', '平谷区园林绿化局', 'department'],
  ['dept.nyncj', '平谷区农业农村局', 'department'],
  ['dept.cgzf', '平谷区城市管理综合行政执法局', 'department'],
  ['dept.yjj', '平谷区应急管理局', 'department'],
  ['dept.ghzr', '北京市规划和自然资源委员会平谷分局', 'department'],
  ['dept.xfjy', '平谷区消防救援支队', 'department'],
  ['dept.cl', '平谷区残疾人联合会', 'department'],
  ['dept.sfj', '平谷区司法局', 'department'],
  ['ent.power', '国网北京平谷供电公司', 'enterprise'],
  ['ent.gas', '北京燃气平谷有限公司', 'enterprise'],
  ['ent.heat', '平谷区热力公司', 'enterprise'],
  ['ent.water', '平谷区自来水公司', 'enterprise'],
  ['ent.telecom', '中国联通北京市平谷区分公司', 'enterprise'],
];

export const GOVERNMENT_KEY = 'gov';
export const streetUnitKey = (streetCode: string): string => `street.${streetCode}`;
export const communityUnitKey = (communityCode: string): string => `community.${communityCode}`;
/** 社会组织: the demo community's volunteer team (金谷东园社区, 滨河街道); it keeps volunteer records and takes cases. */
export const SOCIAL_ORG_KEY = 'org.jgdy.volunteers';
const SOCIAL_ORG_COMMUNITY = '110117001001';

/** 街道 → 办事处; 地区 → 地区办事处 (they double as town governments); 镇/乡 → 人民政府. */
export function streetOfficeName(street: DivisionStreet): string {
  switch (street.kind) {
    case 'subdistrict':
    case 'area':
      return `${street.name}办事处`;
    case 'town':
    case 'township':
      return `${street.name}人民政府`;
  }
}

/** Pinggu landlines are 010-6996xxxx / 010-6998xxxx; numbers derive from the key, so they stay stable. */
function phoneFor(key: string): string {
  const rng = rngFor(`phone:${key}`);
  return `010-${rng() < 0.5 ? '6996' : '6998'}${String(randomInt(rng, 0, 9999)).padStart(4, '0')}`;
}

export function buildUnits(): DemoUnit[] {
  const unit = (
    key: string,
    name: string,
    kind: UnitKind,
    parentKey: string | null,
    code: string,
  ): DemoUnit => ({
    key,
    name,
    kind,
    parentKey,
    jurisdictionCode: code,
    phone: phoneFor(key),
  });
  const units: DemoUnit[] = [unit(GOVERNMENT_KEY, '平谷区人民政府', 'government', null, DISTRICT_CODE)];
  for (const [key, name, kind] of DISTRICT_UNITS)
    units.push(unit(key, name, kind, GOVERNMENT_KEY, DISTRICT_CODE));
  for (const street of loadDivisions()) {
    const streetKey = streetUnitKey(street.code);
    units.push(unit(streetKey, streetOfficeName(street), 'street_office', GOVERNMENT_KEY, street.code));
    for (const c of street.communities) {
      units.push(unit(communityUnitKey(c.code), c.committee, 'community', streetKey, c.code));
      if (c.code === SOCIAL_ORG_COMMUNITY)
        units.push(
          unit(SOCIAL_ORG_KEY, '金谷东园社区志愿服务队', 'social_org', communityUnitKey(c.code), c.code),
        );
    }
  }
  return units;
}
