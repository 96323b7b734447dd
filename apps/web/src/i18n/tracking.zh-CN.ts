/** 简体中文 — the resident's tracking page: what they reported, and finding a case whose link was lost. */
export const trackingZhCN = {
  'track.yourReport': '您反映的问题',
  'track.description': '问题描述',
  'track.address': '地址',
  'track.noAddress': '未填写',
  'track.lostLink': '链接丢了？用诉求编号和手机号找回',
  'track.findTitle': '找回查询链接',
  'track.findSub': '输入诉求编号和提交时留的手机号，我们会把验证码发到该手机。',
  'track.caseId': '诉求编号',
  'track.caseIdHint': '16 位数字，见提交成功页或短信',
  'track.phone': '手机号',
  'track.sendCode': '获取验证码',
  'track.resend': '重新获取（{s} 秒）',
  'track.sent':
    '如果编号和手机号与我们的记录一致，验证码已发送到该手机，{m} 分钟内有效。为保护您的信息，这里不显示是否一致。',
  'track.code': '验证码',
  'track.codeHint': '6 位数字',
  'track.open': '查看办理进度',
  'track.newLinkNote': '已为您生成新的查询链接，旧链接已失效。请收藏本页。',
  'track.invalidId': '请输入 16 位数字的诉求编号',
  'track.invalidPhone': '请输入手机号或固定电话',
  'track.invalidCode': '请输入 6 位数字验证码',
};

export type TrackingMessageKey = keyof typeof trackingZhCN;
