// What other modules use of notifications: writing one, and the notifier that sends messages out.
export { notificationValues, notify, type NewNotification } from './notifications.repository.ts';
export { noticeText, type NoticeParams } from './notifications.messages.ts';
export {
  LogNotifier,
  type Log,
  type NoticeMessage,
  type NoticeRecipient,
  type Notifier,
} from './notifier.ts';
