import type { ReactNode } from 'react';
import { ApiError, errorText, FIELD_ERROR_IDS } from '../api/client';

/** An error of a submitted form; announced when it appears. */
export function FormError({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  // Shown next to its field instead (see fieldErrors).
  if (error instanceof ApiError && FIELD_ERROR_IDS[error.id]) return null;
  return (
    <div className="notice notice-error" role="alert" id={id}>
      {errorText(error)}
    </div>
  );
}

/** A success or progress message; announced politely. Renders an empty live region when idle. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className={children ? 'notice notice-success' : 'visually-hidden'}>
      {children}
    </div>
  );
}
