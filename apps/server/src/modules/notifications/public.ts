// What other modules use of notifications: writing one, and the notifier that sends messages out.
export { notificationValues, notify, type NewNotification } from './notifications.repository.ts';
export { noticeText, type NoticeParams, type ResidentKind } from './notifications.messages.ts';
export {
  DevOutbox,
  outboundText,
  type Log,
  type NoticeMessage,
  type NoticeRecipient,
  type Notifier,
  type ResidentRecipient,
  type SentMessage,
} from './notifier.ts';
