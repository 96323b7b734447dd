import type { cityZhCN } from './city.zh-CN.ts';

/** English — a whole city (issue 14): desks (forward / send back) and the duty list's city-wide entries. */
export const cityEnUS: Record<keyof typeof cityZhCN, string> = {
  'event.forward': 'Forwarded',
  'event.send_back': 'Sent back up',
  'note.desk_forward': 'Forwarded to {unit}',
  'note.desk_send_back': 'Sent back to {unit}',
  'desk.title': 'Dispatch desk',
  'desk.at': 'Now at: {unit}',
  'desk.notMoved': 'Not forwarded: any desk above the place may dispatch it',
  'desk.level.city': 'City',
  'desk.level.district': 'District',
  'desk.level.street': 'Street/town',
  'desk.sentBack': 'Sent back by {unit}: {reason}',
  'desk.forwardTo': 'Forward to',
  'desk.forwardNote': 'Note (optional)',
  'desk.forward': 'Forward',
  'desk.sendBackTo': 'Send back up to: {unit}',
  'desk.sendBackReason': 'Reason (e.g. not our jurisdiction, not our duty)',
  'desk.sendBack': 'Send back up',
  'desk.done': 'Done',
  'duty.source': 'Source',
  'duty.source.city': 'City-wide',
  'duty.source.district': 'District',
  'duty.source.street': 'Street/town',
  'duty.source.community': 'Community',
  'duty.overridden': 'Overridden by a more local entry',
};
