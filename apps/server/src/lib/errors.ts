import type { ConflictReason, DetailKey } from './i18n.details.ts';

/** The one error type of the server: a stable code, mapped to an HTTP status in one table. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BOUNDARY_INVALID: 400,
  BOUNDARY_OUTSIDE_PARENT: 400,
  BOUNDARY_OVERLAP: 400,
  BOUNDARY_ORPHANS: 400,
  PASSWORD_REJECTED: 400,
  ROLE_CONFLICT: 400,
  TRACKING_CODE_INVALID: 400,
  TOTP_INVALID: 401,
  SIGN_IN_STEP_REQUIRED: 403,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IMPORT_INVALID: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  /** 社区准入: nothing goes to a community without an admitted item in force (param refusal) */
  ADMISSION_REQUIRED: 422,
  ADMISSION_NEGATIVE_LIST: 422,
  RATE_LIMITED: 429,
  UPLOAD_QUOTA_EXCEEDED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  STORAGE_FULL: 507,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Values a message is built from (interpolated into its text in the reader's language). */
export type MessageParams = Record<string, string | number>;

/**
 * One finding of a refused request. A detail carries a message key (`lib/i18n.details.ts`) and its parameters;
 * the error handler adds `message`, the text in the request's language. Importers that already speak the
 * reader's language (transfer) give `message` themselves.
 */
export type ErrorDetail = {
  path?: string;
  row?: number;
  column?: string;
} & ({ key: DetailKey; params?: MessageParams; message?: string } | { key?: undefined; message: string });

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  /** Values interpolated into the translated message, e.g. {entity}. */
  readonly params: MessageParams;

  constructor(
    code: ErrorCode,
    opts: { details?: ErrorDetail[]; params?: MessageParams; cause?: unknown } = {},
  ) {
    super(code, { cause: opts.cause });
    this.code = code;
    this.details = opts.details;
    this.params = opts.params ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (entity: string): AppError => new AppError('NOT_FOUND', { params: { entity } });
export const forbidden = (): AppError => new AppError('FORBIDDEN');
/** A refusal because of the state of existing data: `reason` is a message key, its text in `lib/i18n.details.ts`. */
export const conflict = (reason: ConflictReason, params: MessageParams = {}): AppError =>
  new AppError('CONFLICT', { params: { ...params, reason } });
export const invalid = (details: ErrorDetail[]): AppError => new AppError('VALIDATION_FAILED', { details });
