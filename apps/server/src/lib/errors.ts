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
  RATE_LIMITED: 429,
  UPLOAD_QUOTA_EXCEEDED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  STORAGE_FULL: 507,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  path?: string;
  row?: number;
  column?: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;
  /** Values interpolated into the translated message, e.g. {entity}. */
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    opts: { details?: ErrorDetail[]; params?: Record<string, string | number>; cause?: unknown } = {},
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
export const conflict = (reason: string, details?: ErrorDetail[]): AppError =>
  new AppError('CONFLICT', { params: { reason }, details });
export const invalid = (details: ErrorDetail[]): AppError => new AppError('VALIDATION_FAILED', { details });
