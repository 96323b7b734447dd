import type { Lang } from '../../lib/i18n.ts';

/** Messages of import errors, shown to the administrator next to the row and column they belong to. */
const messages = {
  'zh-CN': {
    required: '必填',
    unknownValue: '无法识别「{value}」，可填：{allowed}',
    invalid: '格式不正确：{detail}',
    unknownUnit: '找不到单位「{value}」，或不在您的管辖范围内',
    oneLead: '负责单位只能填一个',
    region: '区划 {value} 不存在，或不在您的管辖范围内',
    unknownCategory: '分类 {value} 不存在',
    unknownParent: '上级分类 {value} 不存在（新分类须写在其上级之后）',
    parentFixed: '已有分类的上级代码不能修改（当前为 {value}）',
    duplicate: '与第 {other} 行重复',
    maskedPhone: '手机号是脱敏值；新建用户请填写完整号码或留空',
    passwordRequired: '新建用户须填写初始密码',
    passwordWeak: '初始密码不符合要求（至少 8 位，三类字符，不含用户名，非常见密码）',
    notManageable: '该记录不在您的管辖范围内，不能修改',
    taken: '「{value}」已被您管辖范围外的记录使用',
    missingColumn: '缺少必需的列',
    unknownColumn: '无法识别的列',
    duplicateColumn: '列名重复',
    empty: '文件中没有表头或数据',
    tooMany: '行数过多（最多 {max} 行）',
    csvSyntax: 'CSV 格式错误：{detail}',
    json: '不是有效的 JSON：{detail}',
    featureCollection: '须为 GeoJSON FeatureCollection',
    feature: '须为 GeoJSON Feature',
    boundaryCode: '须为 12 位区划代码或 15 位网格代码',
    boundaryUnknown: '{value} 不存在，或不在您的管辖范围内',
    boundaryOwnScope: '{value} 是您本级的管辖区，其边界须由上级修改',
    geometry: '边界须为有效的 Polygon 或 MultiPolygon：{detail}',
  },
  'en-US': {
    required: 'required',
    unknownValue: 'unknown value "{value}"; use one of: {allowed}',
    invalid: 'invalid: {detail}',
    unknownUnit: 'no unit named "{value}" in your jurisdiction',
    oneLead: 'only one lead unit',
    region: 'region {value} does not exist or is outside your jurisdiction',
    unknownCategory: 'category {value} does not exist',
    unknownParent: 'parent category {value} does not exist (a new category must come after its parent)',
    parentFixed: 'the parent of an existing category cannot change (it is {value})',
    duplicate: 'duplicate of row {other}',
    maskedPhone: 'the phone is masked; give the full number or leave it empty for a new user',
    passwordRequired: 'a new user needs an initial password',
    passwordWeak:
      'the initial password is refused (8+ characters, three character classes, no username, not a common password)',
    notManageable: 'this record is outside your jurisdiction and cannot be changed',
    taken: '"{value}" is used by a record outside your jurisdiction',
    missingColumn: 'required column missing',
    unknownColumn: 'unknown column',
    duplicateColumn: 'column appears twice',
    empty: 'the file has no header or no data',
    tooMany: 'too many rows (at most {max})',
    csvSyntax: 'CSV syntax error: {detail}',
    json: 'not valid JSON: {detail}',
    featureCollection: 'must be a GeoJSON FeatureCollection',
    feature: 'must be a GeoJSON Feature',
    boundaryCode: 'must be a 12-digit region code or a 15-digit grid code',
    boundaryUnknown: '{value} does not exist or is outside your jurisdiction',
    boundaryOwnScope: '{value} is your own jurisdiction; its boundary is changed by the level above',
    geometry: 'the boundary must be a valid Polygon or MultiPolygon: {detail}',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['zh-CN'];

export function message(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
