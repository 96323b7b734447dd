import type { auditChainZhCN } from './auditchain.zh-CN.ts';

/** English texts of the audit chain verification — must carry every key of auditchain.zh-CN. */
export const auditChainEnUS: Record<keyof typeof auditChainZhCN, string> = {
  'auditChain.verify': 'Verify integrity',
  'auditChain.ok': 'Audit log intact: {checked} rows checked, the hash chain is unbroken',
  'auditChain.okArchived':
    'Audit log intact: {checked} rows checked (continuing from archived row {anchor}), the hash chain is unbroken',
  'auditChain.altered': 'Audit log tampered with: row #{id} (seq {seq}, {at}) does not match its hash',
  'auditChain.missing':
    'Audit rows missing: before row #{id} (seq {seq}, {at}) the row with seq {expected} was removed',
  'auditChain.relinked': 'Audit chain relinked: row #{id} (seq {seq}, {at}) does not follow the previous row',
  'auditChain.truncated': 'Audit rows removed at the end: the chain head records last seq {expected}',
};
