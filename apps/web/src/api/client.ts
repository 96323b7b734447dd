/**
 * The one way the web talks to the server: same-origin fetch with the session cookie, JSON in and out,
 * the CSRF token on writes, the chosen language on every call, and the server's error shape turned into ApiError.
 */

export interface ApiErrorDetail {
  path?: string;
  row?: number;
  column?: string;
  /** the message key and its parameters (the server's lib/i18n.details.ts) */
  key?: string;
  params?: Record<string, string | number>;
  /** the text, in the language the request asked for */
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}

let csrfToken: string | null = null;
let language = 'zh-CN';
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Whether a write can be sent now: a session opened offline (from the phone's cache) has no CSRF token yet. */
export function hasCsrfToken(): boolean {
  return csrfToken !== null;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

/** Called when the session has ended (401 on any call but the session probe and login). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Do not treat 401 as "session ended" (login and the session probe answer 401 by design). */
  allow401?: boolean;
  /** Extra request headers, e.g. `Idempotency-Key` on creates. */
  headers?: Record<string, string>;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: fall through to a generic error
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (err && typeof err.code === 'string') {
    const details = Array.isArray(err.details) ? (err.details as ApiErrorDetail[]) : [];
    return new ApiError(
      res.status,
      err.code,
      typeof err.message === 'string' ? err.message : err.code,
      details,
    );
  }
  return new ApiError(res.status, res.status >= 500 ? 'INTERNAL' : 'HTTP_' + res.status, res.statusText);
}

async function send(
  method: string,
  path: string,
  init: RequestInit,
  opts: RequestOptions,
): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers.set(k, v);
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', language);
  if (WRITE_METHODS.has(method) && csrfToken) headers.set('x-csrf-token', csrfToken);
  let res: Response;
  try {
    res = await fetch(withQuery(path, opts.query), { ...init, method, headers, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', e instanceof Error ? e.message : String(e));
  }
  if (res.ok) return res;
  const error = await toApiError(res);
  if (res.status === 401 && !opts.allow401) onUnauthenticated?.();
  throw error;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const init: RequestInit = {};
  if (opts.body !== undefined) {
    init.body = JSON.stringify(opts.body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const res = await send(method, path, init, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
  /** POST with an `Idempotency-Key`: repeating the same key returns the first answer and creates nothing. */
  create: <T>(path: string, body: unknown, idempotencyKey: string) =>
    request<T>('POST', path, { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  /** multipart upload of one file in field `file` */
  upload: async <T>(path: string, file: Blob, filename?: string): Promise<T> => {
    const form = new FormData();
    form.append('file', file, filename ?? (file instanceof File ? file.name : 'upload'));
    const res = await send('POST', path, { body: form }, {});
    return (await res.json()) as T;
  },
};
