import i18n from '../i18n';

/** An error answered by the API: `{"error":{"id","message","details"?}}`, message already translated. */
export class ApiError extends Error {
  readonly status: number;
  readonly id: string;
  readonly details: unknown;

  constructor(status: number, id: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.id = id;
    this.details = details;
  }
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever a request (other than login itself) comes back 401: the session is gone. */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** JSON body; serialised and sent as application/json. */
  json?: unknown;
  /** Raw body (e.g. a CSV file) with its own content type. */
  raw?: { body: Blob | string; contentType: string };
  signal?: AbortSignal;
  /** Do not tell the app about a 401 (the caller handles it, e.g. the session check). */
  quiet?: boolean;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** Builds `/api/path?x=1` leaving out empty values. */
export function apiPath(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

export async function api<T>(path: string, options: RequestOptions = {}, query?: Query): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language || 'nl',
  };
  let body: BodyInit | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.body;
  } else if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    body = options.json === undefined ? '{}' : JSON.stringify(options.json);
  }

  let response: Response;
  try {
    response = await fetch(apiPath(path, query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!response.ok) {
    const error = toApiError(response.status, data);
    if (response.status === 401 && error.id === 'unauthenticated' && !options.quiet) {
      for (const listener of unauthenticatedListeners) listener(error);
    }
    throw error;
  }
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  const body = (data as { error?: { id?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (body && typeof body.message === 'string') {
    return new ApiError(status, typeof body.id === 'string' ? body.id : 'unknown', body.message, body.details);
  }
  const id = status === 401 ? 'unauthenticated' : status === 404 ? 'not_found' : 'unknown';
  return new ApiError(status, id, i18n.t('errors.unexpected', { status }));
}

export function isApiError(error: unknown, id?: string): error is ApiError {
  return error instanceof ApiError && (id === undefined || error.id === id);
}

/** The message to show for any error thrown by a query or mutation. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('errors.unexpected', { status: '' });
}

/** Errors that belong to one field; forms show them there instead of above the form. */
export const FIELD_ERROR_IDS: Record<string, string> = {
  code_taken: 'code',
  email_taken: 'email',
  student_number_taken: 'studentNumber',
};

/**
 * Per-field messages from a validation error, when the server supplies them. The details shape
 * is not fixed by the API contract, so a few common shapes are accepted.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const field = FIELD_ERROR_IDS[error.id];
  if (field) return { [field]: error.message };
  if (!error.details) return {};
  const out: Record<string, string> = {};
  const add = (field: unknown, message: unknown) => {
    const key = Array.isArray(field) ? field.map(String).join('.') : typeof field === 'string' ? field : '';
    if (key && typeof message === 'string' && !out[key]) out[key] = message;
  };
  const details = error.details;
  const record = (Array.isArray(details) ? {} : details) as { issues?: unknown; fields?: unknown };
  const list = Array.isArray(details) ? details : Array.isArray(record.issues) ? (record.issues as unknown[]) : null;
  if (list) {
    for (const item of list) {
      const issue = item as { path?: unknown; field?: unknown; message?: unknown };
      add(issue.path ?? issue.field, issue.message);
    }
  } else if (record.fields && typeof record.fields === 'object') {
    for (const [field, message] of Object.entries(record.fields as Record<string, unknown>)) add(field, message);
  }
  return out;
}
