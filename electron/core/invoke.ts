import { ZodError } from 'zod';
import { contract, type Channel, type OutputOf, type ParsedInputOf } from '../../shared/contract';
import { archiveFailureFrom } from './db/errors';
import { AppFailure, fail, ok, type AppError, type Result } from '../../shared/result';

export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>> };

export function toAppError(error: unknown): AppError {
  if (error instanceof AppFailure) {
    return {
      code: error.code,
      message: error.message,
      ...(error.path ? { path: error.path } : {}),
      ...(error.params ? { params: error.params } : {}),
      ...(error.reason ? { reason: error.reason } : {}),
    };
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const path = issue?.path.join('.') ?? '';
    return { code: 'invalid_input', message: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid input'}`, path };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

/** Every handler, with a raw error about the archive file (locked, read-only, damaged) turned into one that names `file`. */
export function namingArchiveErrors(handlers: Handlers, file: string): Handlers {
  const named = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const [channel, handler] of Object.entries(handlers) as Array<[string, (input: unknown) => unknown]>) {
    named[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw archiveFailureFrom(error, file) ?? error;
      }
    };
  }
  return named as Handlers;
}

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * The one entry point both transports use: validates the input against the contract,
 * runs the handler, and turns every outcome into a Result (errors cross as data).
 */
export async function invoke(handlers: Handlers, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('not_found', `Unknown channel "${channel}".`);
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const error = toAppError(parsed.error);
    return { ok: false, error: { ...error, message: `${channel}: ${error.message}` } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}
