import { maskPhone } from './pii.ts';

/** The part of a logger the outbox writes to. */
interface SmsLog {
  info(obj: object, msg: string): void;
}

/**
 * Text messages to a resident's phone (today only the one-time code that recovers a tracking link). A gateway
 * (an operator's SMS platform) implements this; until one is configured the server uses DevSmsOutbox.
 */
export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

/**
 * No gateway: each message goes to the server log (phone masked) and stays in memory, the last 50, for tests and
 * a demo — the way the outbound notifier (modules/notifications/notifier.ts) logs instead of sending.
 */
export class DevSmsOutbox implements SmsSender {
  readonly sent: { phone: string; text: string; at: Date }[] = [];
  log: SmsLog | undefined;

  constructor(log?: SmsLog) {
    this.log = log;
  }

  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text, at: new Date() });
    if (this.sent.length > 50) this.sent.shift();
    this.log?.info({ sms: { to: maskPhone(phone), text } }, 'outbound sms (no gateway: logged only)');
  }

  /** The last message sent to this phone, if any. */
  lastTo(phone: string): string | undefined {
    return this.sent.findLast((m) => m.phone === phone)?.text;
  }
}
