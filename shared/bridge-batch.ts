/**
 * Browser mode's batched calls: the contract calls a page makes in one turn (a story's
 * text, its figures, its targets and its annotations, say) go to the bridge as one
 * `POST /api/batch` instead of one request each. On a busy machine every request is a
 * round of process hops (page → network service → server and back), so four requests
 * took about four times as long as one.
 *
 * The body is `{ calls: [{ channel, input }] }`; the answer is newline-delimited JSON, one
 * `{ i, result }` line per call, written as each call settles, so a slow call never holds
 * back the answers of quick ones.
 */
import type { Result } from './result';

/** The path of the batch endpoint, beside /api/<channel> (a channel always has a colon). */
export const BATCH_PATH = '/api/batch';
export const MAX_BATCH_CALLS = 64;
/** A call whose input is larger than this (an upload) goes alone. */
export const MAX_BATCHED_INPUT_CHARS = 64 * 1024;

export interface BatchCall {
  channel: string;
  input: unknown;
}

export interface BatchAnswer {
  /** The call's index in the request. */
  i: number;
  result: Result<unknown>;
}

/** The calls of a batch body, or why it is not one. */
export function batchCalls(body: unknown): { calls: BatchCall[] } | { problem: string } {
  const calls = (body as { calls?: unknown } | null)?.calls;
  if (!Array.isArray(calls) || calls.length === 0) return { problem: 'A batch is { "calls": [{ "channel": …, "input": … }] } with at least one call.' };
  if (calls.length > MAX_BATCH_CALLS) return { problem: `A batch holds at most ${MAX_BATCH_CALLS} calls; this one has ${calls.length}.` };
  const out: BatchCall[] = [];
  for (const [i, call] of calls.entries()) {
    const channel = (call as { channel?: unknown } | null)?.channel;
    if (typeof channel !== 'string') return { problem: `Call ${i} of the batch has no channel name.` };
    out.push({ channel, input: (call as { input?: unknown }).input ?? {} });
  }
  return { calls: out };
}
