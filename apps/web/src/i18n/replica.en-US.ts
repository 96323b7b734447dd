/** English — how old the figures of the dashboards and rankings are (the read replica's lag). */
import type { ReplicaMessageKey } from './replica.zh-CN.ts';

export const replicaEnUS: Record<ReplicaMessageKey, string> = {
  'lag.behind': 'Data {n} s behind',
  'lag.primary': 'Live data',
  'lag.hintReplica': 'These figures are read from the read replica, about {n} s behind the primary',
  'lag.hintPrimary': 'These figures are read from the primary (no replica, or it is too far behind)',
};
