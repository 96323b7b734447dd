import type { NoticeKind } from '@onegrid/domain';
import { maskPhone } from '../../lib/pii.ts';
import { noticeText, residentText, type NoticeParams, type ResidentKind } from './notifications.messages.ts';

/** Where an outbound notice goes: a unit, reached by whatever channel the notifier speaks (SMS uses the phone). */
export interface NoticeRecipient {
  unitId: string;
  unitName: string;
  phone: string | null;
}

/** A resident reached on their own phone (SMS): e.g. a caller told which open case now carries their call. */
export interface ResidentRecipient {
  kind: 'resident';
  phone: string;
}

/**
 * An outbound message as a key and parameters: a notice kind to a unit (overdue, supervision …), or a resident's
 * message kind (a tracking code, an attached call). The notifier renders it (outboundText) when it sends.
 */
export type NoticeMessage =
  | { kind: NoticeKind; params: NoticeParams; caseId: string | null }
  | { kind: ResidentKind; params: NoticeParams; caseId: string | null };

/**
 * The one port for messages beyond the in-app inbox: overdue and supervision notices to units, text messages
 * (SMS) to residents. Called after the change that caused them committed; a failure is logged by the caller and
 * never undoes that change.
 */
export interface Notifier {
  send(to: NoticeRecipient | ResidentRecipient, message: NoticeMessage): Promise<void>;
}

/**
 * The text that goes out, in Chinese: the recipients of SMS (residents, unit duty phones) read Chinese and their
 * language is not known to the server.
 */
export function outboundText(message: NoticeMessage): string {
  if (
    message.kind === 'tracking_code' ||
    message.kind === 'caller_attached' ||
    message.kind === 'knowledge_notice'
  )
    return residentText(message.kind, message.params);
  const t = noticeText('zh-CN', message.kind, message.params);
  return t.body ? `${t.title}\n${t.body}` : t.title;
}

/** The part of a pino/Fastify logger the server code uses outside requests. */
export interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SentMessage {
  to: NoticeRecipient | ResidentRecipient;
  message: NoticeMessage;
  text: string;
  at: Date;
}

/**
 * No gateway yet (an operator's SMS platform implements Notifier later): each message goes to the server log — a
 * resident's phone masked — and the last 50 stay in memory, for tests and a demo.
 */
export class DevOutbox implements Notifier {
  readonly sent: SentMessage[] = [];

  constructor(public log?: Pick<Log, 'info'>) {}

  async send(to: NoticeRecipient | ResidentRecipient, message: NoticeMessage): Promise<void> {
    const text = outboundText(message);
    this.sent.push({ to, message, text, at: new Date() });
    if (this.sent.length > 50) this.sent.shift();
    const recipient =
      'kind' in to ? { resident: maskPhone(to.phone) } : { unitId: to.unitId, unitName: to.unitName };
    this.log?.info(
      { notice: { to: recipient, kind: message.kind, caseId: message.caseId, text } },
      'outbound notice (no gateway: logged only)',
    );
  }

  /** The text of the last message sent to this resident's phone, if any. */
  lastTo(phone: string): string | undefined {
    return this.sent.findLast((m) => 'kind' in m.to && m.to.phone === phone)?.text;
  }
}
