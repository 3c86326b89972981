/**
 * Contract calls over the HTTP bridge (browser mode). Calls made in the same turn leave
 * together as one `POST /api/batch` (shared/bridge-batch.ts), whose answers come back as
 * lines, each settling its call as it arrives; a call made alone, or with an input too
 * large to batch, is `POST /api/<channel>` as before.
 */
import { BATCH_PATH, MAX_BATCH_CALLS, MAX_BATCHED_INPUT_CHARS, type BatchAnswer } from '../../shared/bridge-batch';
import type { Result } from '../../shared/result';

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'data' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

interface Pending {
  channel: string;
  body: string;
  settle(result: Result<unknown>): void;
}

const unavailable = (error: unknown): Result<unknown> => ({
  ok: false,
  error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) },
});

/** What a response that is not a Result means: the status, in the error's code. */
const httpFailure = (response: Response): Result<unknown> => ({
  ok: false,
  error: { code: response.status === 403 ? 'forbidden' : 'internal', message: `HTTP ${response.status} ${response.statusText}`.trim() },
});

function post(path: string, token: string, body: string): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Figure-Desk-Token': token }, body });
}

async function sendOne(token: string, call: Pending): Promise<void> {
  let response: Response;
  try {
    response = await post(`/api/${call.channel}`, token, call.body);
  } catch (error) {
    return call.settle(unavailable(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return call.settle(httpFailure(response));
  }
  call.settle(isResult(body) ? body : { ok: false, error: { code: 'internal', message: `Unexpected answer from /api/${call.channel} (HTTP ${response.status})` } });
}

/** Settles the calls from the answer's lines as they arrive; a call with no line gets an error. */
async function readAnswers(response: Response, calls: Pending[]): Promise<void> {
  const open = new Set(calls.keys());
  const take = (line: string) => {
    let answer: BatchAnswer;
    try {
      answer = JSON.parse(line) as BatchAnswer;
    } catch {
      return;
    }
    if (!open.has(answer.i) || !isResult(answer.result)) return;
    open.delete(answer.i);
    calls[answer.i]!.settle(answer.result);
  };
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffered += decoder.decode(chunk.value, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    lines.forEach(take);
  }
  take(buffered + decoder.decode());
  for (const i of open) calls[i]!.settle({ ok: false, error: { code: 'internal', message: `No answer for ${calls[i]!.channel} in the batch.` } });
}

async function sendBatch(token: string, calls: Pending[]): Promise<void> {
  const body = `{"calls":[${calls.map((c) => `{"channel":${JSON.stringify(c.channel)},"input":${c.body}}`).join(',')}]}`;
  try {
    const response = await post(BATCH_PATH, token, body);
    if (response.ok && response.body) return await readAnswers(response, calls);
    let failure = httpFailure(response);
    try {
      const answer = (await response.json()) as unknown;
      if (isResult(answer)) failure = answer;
    } catch {
      // Not JSON: the status says it.
    }
    for (const call of calls) call.settle(failure);
  } catch (error) {
    for (const call of calls) call.settle(unavailable(error));
  }
}

/** A `call(channel, input)` that gathers the calls of one turn into batches. */
export function batchingCaller(token: string): (channel: string, input: unknown) => Promise<Result<unknown>> {
  let queue: Pending[] = [];
  const flush = () => {
    const calls = queue;
    queue = [];
    for (let at = 0; at < calls.length; at += MAX_BATCH_CALLS) {
      const part = calls.slice(at, at + MAX_BATCH_CALLS);
      void (part.length === 1 ? sendOne(token, part[0]!) : sendBatch(token, part));
    }
  };
  return (channel, input) =>
    new Promise((settle) => {
      const call = { channel, body: JSON.stringify(input ?? {}), settle };
      if (call.body.length > MAX_BATCHED_INPUT_CHARS) return void sendOne(token, call);
      if (queue.length === 0) queueMicrotask(flush);
      queue.push(call);
    });
}
