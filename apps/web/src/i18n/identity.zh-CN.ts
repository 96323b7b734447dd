/** 身份鉴别、会话与三权分立（等保 2.0 三级）相关文字。 */
export const identityZhCN = {
  'role.security_admin': '安全管理员',
  'role.audit_admin': '审计管理员',

  'menu.account': '我的账号',
  'menu.sessions': '在线会话',
  'menu.groupAccounts': '账号与会话',
  'menu.groupAudit': '安全审计',

  'step.totpTitle': '双因素认证',
  'step.totpHint':
    '请输入身份验证器（如腾讯身份验证器、Microsoft Authenticator、Google Authenticator）显示的 6 位动态验证码。',
  'step.code': '动态验证码',
  'step.codeRequired': '请输入 6 位数字',
  'step.verify': '验证',
  'step.back': '返回登录',
  'step.changeTitle': '请先修改密码',
  'step.changeHint': '首次登录、管理员重置密码或密码已过期，须设置新密码后才能继续使用。',
  'step.enrolTitle': '请先启用双因素认证',
  'step.enrolHint': '管理员账号须使用动态验证码登录：用身份验证器扫描下方二维码，再输入其中显示的 6 位数字。',

  'pw.current': '当前密码',
  'pw.new': '新密码',
  'pw.confirm': '确认新密码',
  'pw.mismatch': '两次输入的新密码不一致',
  'pw.rule':
    '至少 8 位，包含大写字母、小写字母、数字、符号中的三类；不含用户名；不能是常见密码（如 password1、woaini1314、qq123456）。',
  'pw.submit': '修改密码',
  'pw.changed': '密码已修改，其他设备上的登录已结束',
  'pw.problem.too_short': '至少 8 位',

  'totp.title': '双因素认证（动态验证码）',
  'totp.on': '已启用',
  'totp.off': '未启用',
  'totp.start': '设置双因素认证',
  'totp.scan': '用身份验证器扫描二维码',
  'totp.secret': '无法扫码时，手动输入密钥：',
  'totp.enable': '验证并启用',
  'totp.enabled': '双因素认证已启用',
  'totp.disable': '停用',
  'totp.disablePassword': '输入登录密码以停用双因素认证',
  'totp.disabled': '双因素认证已停用',
  'totp.required': '您的角色须启用双因素认证。',
  'totp.lost': '手机丢失或无法获取验证码时，请联系安全管理员重置。',
  'totp.demoWarning':
    '演示模式：管理员账号未被强制启用双因素认证。正式部署（DEMO=false）时，管理员首次登录须先启用；请在“我的账号”中设置。',

  'account.title': '我的账号',
  'account.sub': '修改密码、双因素认证，以及查看和结束自己的登录会话',
  'account.password': '修改密码',
  'account.passwordChangedAt': '密码上次修改：{at}',
  'account.sessions': '我的登录会话',

  'session.user': '用户',
  'session.ip': 'IP 地址',
  'session.ua': '浏览器 / 客户端',
  'session.created': '登录时间',
  'session.lastSeen': '最近活动',
  'session.current': '当前会话',
  'session.pending': '未完成登录',
  'session.end': '结束',
  'session.endConfirm': '结束该会话？使用它的设备将被退出登录。',
  'session.ended': '会话已结束',
  'sessions.title': '在线会话',
  'sessions.sub': '本辖区所有用户的登录会话；空闲 30 分钟或登录 12 小时后自动结束，也可在此强制结束。',

  'reveal.title': '查看完整号码',
  'reveal.reason': '查看理由',
  'reveal.reasonHint': '查看完整号码会连同理由记入审计日志；短时间内大量查看会通知安全管理员。',
  'reveal.reasonRequired': '请填写理由（至少 2 个字）',
  'reveal.submit': '查看',

  'users.mustChange': '待改密',
  'users.totp': '双因素',
  'users.resetTotp': '重置双因素认证',
  'users.resetTotpConfirm': '确认重置该用户的双因素认证？其现有登录将结束，下次登录需重新设置。',
  'users.resetTotpDone': '已重置双因素认证',
  'users.separation': '三权分立：安全管理员与审计管理员不能兼任，系统管理员不能兼任其中任何一个。',
} as const;

export type IdentityMessageKey = keyof typeof identityZhCN;
