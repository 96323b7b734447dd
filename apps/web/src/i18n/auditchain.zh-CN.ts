/** 简体中文 — the audit log's chain verification (issue 8, hole 7); merged in i18n/index.tsx. */
export const auditChainZhCN = {
  'auditChain.verify': '校验完整性',
  'auditChain.ok': '审计日志完整：已校验 {checked} 条记录，哈希链未被删改',
  'auditChain.okArchived':
    '审计日志完整：已校验 {checked} 条记录（接续已归档的第 {anchor} 条），哈希链未被删改',
  'auditChain.altered': '审计日志被篡改：记录 #{id}（序号 {seq}，{at}）的内容与其哈希不符',
  'auditChain.missing':
    '审计日志缺失记录：记录 #{id}（序号 {seq}，{at}）之前应有序号 {expected} 的记录，已被删除',
  'auditChain.relinked': '审计日志链接被改动：记录 #{id}（序号 {seq}，{at}）与前一条记录的哈希不相接',
  'auditChain.truncated': '审计日志末尾的记录被删除：链头记录的最后序号为 {expected}',
};
export type AuditChainMessageKey = keyof typeof auditChainZhCN;
