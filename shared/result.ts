/**
 * Errors cross process boundaries as data, never as thrown exceptions: a thrown
 * Error loses its fields through structured clone and HTTP alike.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'import_failed'
  | 'cancelled'
  | 'unavailable'
  | 'internal'
  // The archive file itself is the problem (shared/archive-problems.ts renders them).
  | 'archive_busy'
  | 'archive_read_only'
  | 'archive_not_ours'
  | 'archive_newer'
  | 'archive_damaged';

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Which field or path the error is about, when there is one. */
  path?: string;
  /** A reason the UI can say in the editor's language (shared/file-errors.ts). */
  reason?: string;
  /** What the message is made of, so each side can render it in its own language. */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, path?: string): Result<never> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});

/** An error a handler throws on purpose; the transport turns it into `fail(...)`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
    readonly params?: Record<string, string | number>,
    /** A reason the UI can say in the editor's language (shared/file-errors.ts). */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
