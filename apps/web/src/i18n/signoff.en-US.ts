import type { signoffZhCN } from './signoff.zh-CN.ts';

/** English texts of the sign-off page — must carry every key of signoff.zh-CN. */
export const signoffEnUS: Record<keyof typeof signoffZhCN, string> = {
  'menu.signoffs': 'Visit anomalies',
  'signoff.title': 'Visit anomalies to sign for',
  'signoff.sub':
    'Anomalies found on household visits: the responsible department signs for them within the yellow and red deadlines, then replies',
  'signoff.state.pending': 'To sign',
  'signoff.state.signed': 'Signed, to reply',
  'signoff.state.replied': 'Replied',
  'signoff.light.green': 'On time',
  'signoff.light.yellow': 'Yellow',
  'signoff.light.red': 'Red',
  'signoff.col.visitedAt': 'Visited',
  'signoff.col.person': 'Person',
  'signoff.col.grid': 'Grid / worker',
  'signoff.col.anomaly': 'Anomaly',
  'signoff.col.deadline': 'Sign by',
  'signoff.col.light': 'Light',
  'signoff.col.reply': 'Reply',
  'signoff.sign': 'Sign',
  'signoff.reply': 'Reply',
  'signoff.replyTitle': 'Reply with what was done',
  'signoff.replyPlaceholder': 'What the department did',
  'signoff.signed': 'Signed',
  'signoff.replied': 'Replied',
  'signoff.empty': 'No visit anomalies to handle',
};
