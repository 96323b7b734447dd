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

export interface NoticeMessage {
  kind: string;
  title: string;
  body: string;
  caseId: string | null;
}

/**
 * Outbound notices beyond the in-app inbox (overdue and supervision notices). Called after the change that
 * caused them committed; a failure is logged by the caller and never undoes that change.
 */
export interface Notifier {
  send(to: NoticeRecipient | ResidentRecipient, message: NoticeMessage): Promise<void>;
}

/** The part of a pino/Fastify logger the server code uses outside requests. */
export interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Default notifier: writes the notice to the server log (an SMS gateway can replace it later). */
export class LogNotifier implements Notifier {
  constructor(private readonly log: Log) {}

  async send(to: NoticeRecipient | ResidentRecipient, message: NoticeMessage): Promise<void> {
    // A resident's phone never goes to the log: only that a resident was the recipient.
    const recipient = 'kind' in to ? { resident: true } : { unitId: to.unitId, unitName: to.unitName };
    this.log.info({ notice: { to: recipient, ...message } }, 'outbound notice');
  }
}
