/**
 * `POST /api/batch` (shared/bridge-batch.ts): every call of the batch is answered as it
 * would be alone, all at once, and each answer is written as a line the moment its call
 * settles. Answers that settle in the same turn leave in one packet.
 */
import type { ServerResponse } from 'node:http';
import type { BatchAnswer, BatchCall } from '../../shared/bridge-batch';
import type { Result } from '../../shared/result';

export async function answerBatch(res: ServerResponse, calls: BatchCall[], answer: (call: BatchCall) => Promise<Result<unknown>>): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' });
  let corked = false;
  const write = (line: BatchAnswer) => {
    if (!corked) {
      corked = true;
      res.cork();
      setImmediate(() => {
        corked = false;
        res.uncork();
      });
    }
    res.write(`${JSON.stringify(line)}\n`);
  };
  await Promise.all(
    calls.map(async (call, i) => {
      let result: Result<unknown>;
      try {
        result = await answer(call);
      } catch (error) {
        result = { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
      }
      write({ i, result });
    }),
  );
  res.end();
}
