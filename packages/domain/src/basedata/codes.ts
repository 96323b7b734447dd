import { z } from 'zod';

/**
 * 一标三实 code tables (DESIGN.md §7). Values are stable English codes; the interface shows them through message
 * keys (`basedata.<table>.<value>`), complete in zh-CN and en-US. Chinese names in comments are the terms of the
 * open Chinese grid systems (Tianque sichuangrid, GM_V3.0) and police standard-address practice.
 */

/** Levels of the standard-address tree below the community (district → street → community are regions). */
export const AddressKind = z.enum([
  'road', // 街路巷
  'doorplate', // 门牌
  'compound', // 小区
  'building', // 楼栋
  'unit', // 单元
  'floor', // 楼层
  'room', // 户室
]);
export type AddressKind = z.infer<typeof AddressKind>;

/** Which kinds may hang under which (null: directly under the community or street). */
export const ADDRESS_PARENTS: Readonly<Record<AddressKind, readonly (AddressKind | null)[]>> = {
  road: [null],
  doorplate: ['road'],
  compound: [null, 'doorplate'],
  building: ['compound', 'doorplate'],
  unit: ['building'],
  floor: ['unit', 'building'],
  room: ['floor', 'unit', 'building'],
};

/** 数据来源状态: entered by staff (录入), claimed from an imported authority list (认领), verified on site (已核实). */
export const SourceState = z.enum(['entered', 'claimed', 'verified']);
export type SourceState = z.infer<typeof SourceState>;

/** 人口类型: 户籍 / 流动 / 未落户 / 境外. */
export const PopulationType = z.enum(['registered', 'floating', 'unsettled', 'overseas']);
export type PopulationType = z.infer<typeof PopulationType>;

/** 人户状态: 人户一致 / 人在户不在 / 户在人不在. */
export const HukouStatus = z.enum(['consistent', 'person_here_hukou_away', 'hukou_here_person_away']);
export type HukouStatus = z.infer<typeof HukouStatus>;

/** 房屋用途 (8 values): 个人住宅, 集体宿舍, 临时工棚, 办公, 商业, 科教文体医, 工业, 其他. */
export const HouseUse = z.enum([
  'residence',
  'dormitory',
  'work_shed',
  'office',
  'commercial',
  'public_service',
  'industrial',
  'other',
]);
export type HouseUse = z.infer<typeof HouseUse>;

/** 出租用途: 宿舍 / 住房 / 店面 / 仓库 / 工厂 / 其他. */
export const RentalUse = z.enum(['dormitory', 'housing', 'shop', 'warehouse', 'factory', 'other']);
export type RentalUse = z.infer<typeof RentalUse>;

/** 隐患等级: 严重 / 一般 / 安全. */
export const HazardLevel = z.enum(['serious', 'general', 'safe']);
export type HazardLevel = z.infer<typeof HazardLevel>;

/** 出租屋管理类别: 甲 / 乙 / 丙 (A strictest). */
export const ManagementClass = z.enum(['A', 'B', 'C']);
export type ManagementClass = z.infer<typeof ManagementClass>;

export const OrganisationKind = z.enum(['unit', 'place']); // 单位 / 场所
export type OrganisationKind = z.infer<typeof OrganisationKind>;

export const Gender = z.enum(['male', 'female']);
export type Gender = z.infer<typeof Gender>;

/** 证件类型. */
export const IdType = z.enum([
  'resident_id',
  'passport',
  'hk_macao_permit',
  'taiwan_permit',
  'foreigner_permit',
]);
export type IdType = z.infer<typeof IdType>;

/**
 * Tags on persons: 特殊人群 (P3, restricted) and 关怀对象 (P2, sensitive). `levels` are the values a tag's level
 * takes, from practice (社区矫正 严管/普管/宽管; 严重精神障碍 危险性 0–5; 社区戒毒 year of the programme; 老年人 by risk).
 */
export const SPECIAL_TAGS = [
  'community_correction', // 社区矫正
  'released_prisoner', // 刑满释放
  'severe_mental', // 严重精神障碍
  'drug_user', // 吸毒 (社区戒毒/社区康复)
  'key_youth', // 重点青少年
  'key_petitioner', // 重点信访
] as const;
export const CARE_TAGS = [
  'elderly_alone', // 独居老人
  'elderly_empty_nest', // 空巢老人
  'elderly_advanced', // 高龄老人
  'disabled', // 残疾人
  'dibao', // 低保
  'tekun', // 特困
  'left_behind_child', // 留守儿童
  'entitled_group', // 优抚对象
] as const;
export const TagType = z.enum([...SPECIAL_TAGS, ...CARE_TAGS]);
export type TagType = z.infer<typeof TagType>;

export const TAG_LEVELS: Readonly<Record<TagType, readonly string[]>> = {
  community_correction: ['strict', 'ordinary', 'lenient'], // 严管 / 普管 / 宽管
  released_prisoner: [],
  severe_mental: ['0', '1', '2', '3', '4', '5'], // 危险性评估等级
  drug_user: ['year1', 'year2', 'year3'], // 社区戒毒/康复 第几年
  key_youth: [],
  key_petitioner: [],
  elderly_alone: ['high_risk', 'key', 'general'], // 高风险 / 重点 / 一般
  elderly_empty_nest: ['high_risk', 'key', 'general'],
  elderly_advanced: [],
  disabled: ['1', '2', '3', '4'], // 残疾等级 一级–四级
  dibao: [],
  tekun: [],
  left_behind_child: [],
  entitled_group: [],
};

/**
 * The department responsible for a tag by default (数据按用途: 司法局 sees 社区矫正, 民政局 低保/特困, 残联 残疾人),
 * named by the demo's unit keys; a deployment sets `responsible_unit_id` per tag row.
 */
export const TAG_DEFAULT_DEPARTMENT: Readonly<Record<TagType, string>> = {
  community_correction: 'dept.sfj',
  released_prisoner: 'dept.sfj',
  severe_mental: 'dept.wjw',
  drug_user: 'dept.gaj',
  key_youth: 'dept.gaj',
  key_petitioner: 'gov',
  elderly_alone: 'dept.mzj',
  elderly_empty_nest: 'dept.mzj',
  elderly_advanced: 'dept.mzj',
  disabled: 'dept.cl',
  dibao: 'dept.mzj',
  tekun: 'dept.mzj',
  left_behind_child: 'dept.mzj',
  entitled_group: 'dept.mzj',
};
