/** 简体中文 — how old the figures of the dashboards and rankings are (the read replica's lag). */
export const replicaZhCN = {
  'lag.behind': '数据延迟 {n} 秒',
  'lag.primary': '实时数据',
  'lag.hintReplica': '这些数字读自只读副本，比主库晚约 {n} 秒',
  'lag.hintPrimary': '这些数字直接读自主库（没有副本，或副本延迟过大）',
} as const;

export type ReplicaMessageKey = keyof typeof replicaZhCN;
