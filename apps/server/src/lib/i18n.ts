import type { ErrorCode } from './errors.ts';

export type Lang = 'zh-CN' | 'en-US';

const messages: Record<Lang, Record<ErrorCode, string>> = {
  'zh-CN': {
    VALIDATION_FAILED: '请求内容有误，请检查标注的字段',
    INVALID_CREDENTIALS: '用户名或密码错误（同一地址连续失败 5 次后须等待 15 分钟）',
    PASSWORD_REJECTED:
      '密码不符合要求：至少 8 位，含大写字母、小写字母、数字、符号中的三类，不含用户名，且不是常见密码',
    ROLE_CONFLICT: '三权分立：{roles} 不能由同一账号兼任',
    TOTP_INVALID: '动态验证码错误或已使用，请输入验证器中的最新 6 位数字',
    SIGN_IN_STEP_REQUIRED: '请先完成登录步骤：{step}',
    UNAUTHENTICATED: '请先登录',
    CSRF_INVALID: '页面已过期或请求来源无效，请刷新后重试',
    FORBIDDEN: '您没有执行此操作的权限',
    NOT_FOUND: '{entity}不存在',
    CONFLICT: '与现有数据冲突：{reason}',
    PAYLOAD_TOO_LARGE: '提交的内容过大',
    UNSUPPORTED_MEDIA_TYPE: '不支持的文件或内容类型',
    IMPORT_INVALID: '文件中有 {count} 处错误，未导入任何数据',
    RATE_LIMITED: '请求过于频繁，请稍后再试',
    INTERNAL: '服务器内部错误，请稍后再试',
    UNAVAILABLE: '服务暂不可用',
  },
  'en-US': {
    VALIDATION_FAILED: 'The request is invalid; check the fields listed',
    INVALID_CREDENTIALS:
      'Wrong username or password (after 5 failures from one address, wait 15 minutes before trying again)',
    PASSWORD_REJECTED:
      'Password refused: at least 8 characters with three of upper case, lower case, digits and symbols, not containing the username, and not a common password',
    ROLE_CONFLICT: 'Separation of duties: one account may not hold {roles}',
    TOTP_INVALID: 'Wrong or already used code; enter the latest 6 digits from your authenticator',
    SIGN_IN_STEP_REQUIRED: 'Finish signing in first: {step}',
    UNAUTHENTICATED: 'Please sign in first',
    CSRF_INVALID: 'The page has expired or the request origin is invalid; reload and try again',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: '{entity} not found',
    CONFLICT: 'Conflicts with existing data: {reason}',
    PAYLOAD_TOO_LARGE: 'The request is too large',
    UNSUPPORTED_MEDIA_TYPE: 'Unsupported file or content type',
    IMPORT_INVALID: 'The file has {count} errors; nothing was imported',
    RATE_LIMITED: 'Too many requests; try again later',
    INTERNAL: 'Internal server error; please try again later',
    UNAVAILABLE: 'Service unavailable',
  },
};

const entityNames: Record<Lang, Record<string, string>> = {
  'zh-CN': {
    region: '行政区划',
    grid: '网格',
    unit: '单位',
    user: '用户',
    category: '事项分类',
    duty: '职责清单条目',
    deadline_policy: '时限规则',
    calendar_override: '日历调整',
    case: '诉求',
    api_key: 'API 密钥',
    upload: '附件',
    notification: '通知',
    whistle: '吹哨',
    resource: '资源',
  },
  'en-US': {
    region: 'Region',
    grid: 'Grid',
    unit: 'Unit',
    user: 'User',
    category: 'Category',
    duty: 'Duty entry',
    deadline_policy: 'Deadline policy',
    calendar_override: 'Calendar override',
    case: 'Case',
    api_key: 'API key',
    upload: 'Upload',
    notification: 'Notification',
    whistle: 'Whistle',
    resource: 'Resource',
  },
};

export function pickLang(acceptLanguage: string | undefined, cookieLang: string | undefined): Lang {
  const pref = cookieLang ?? acceptLanguage ?? '';
  return /^en/i.test(pref.trim()) ? 'en-US' : 'zh-CN';
}

export function translateError(lang: Lang, code: ErrorCode, params: Record<string, string | number>): string {
  return messages[lang][code].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) return '';
    if (k === 'entity') return entityNames[lang][String(v)] ?? String(v);
    return String(v);
  });
}
