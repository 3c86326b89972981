/**
 * A bounded fuzz run over the importers: random bytes under every extension, and real DOCX,
 * PDF and HTML pages with bytes flipped, cut short or spliced. Each input must give stories
 * or a clear refusal (an ImportError that names the file), never another exception, never a
 * hang. Fixed seed and a time budget, so a failure replays and the suite stays fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, parseBuffer } from '../../../electron/core/archive/parse';

const FORMATS = join(import.meta.dirname, '../../fixtures/formats');
const SEED = 20261206;
const BUDGET_MS = 20_000;
const PER_INPUT_MS = 10_000;

const samples = {
  docx: new Uint8Array(readFileSync(join(FORMATS, 'two-stories.docx'))),
  pdf: new Uint8Array(readFileSync(join(FORMATS, 'epaper-en-4col.pdf'))),
  html: new Uint8Array(readFileSync(join(FORMATS, 'two-stories-2023-02-24.html'))),
};

/** A real file damaged the ways downloads and copies damage files. */
function mutated(bytes: Uint8Array) {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), junk: fc.uint8Array({ maxLength: 64 }) }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 12 }).map((edits) => {
    let out = bytes.slice();
    for (const e of edits) {
      const at = e.at % Math.max(1, out.length);
      if (e.kind === 'flip') out[at] = e.value;
      else if (e.kind === 'cut') out = out.slice(0, at);
      else out = new Uint8Array([...out.subarray(0, at), ...e.junk, ...out.subarray(at)]);
    }
    return out;
  });
}

const input = fc.oneof(
  fc.record({ name: fc.constantFrom('r.txt', 'r.md', 'r.html', 'r.docx', 'r.pdf', 'r'), bytes: fc.uint8Array({ maxLength: 4096 }) }),
  fc.record({ name: fc.constant('m.docx'), bytes: mutated(samples.docx) }),
  fc.record({ name: fc.constant('m.pdf'), bytes: mutated(samples.pdf) }),
  fc.record({ name: fc.constant('m.html'), bytes: mutated(samples.html) }),
);

type Outcome = { stories: number } | { refused: ImportError } | { crashed: unknown } | { hung: true };

async function outcomeOf(name: string, bytes: Uint8Array): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ hung: true }), PER_INPUT_MS)));
  const run = parseBuffer(bytes, name).then(
    (page): Outcome => ({ stories: page.stories.length }),
    (error: unknown): Outcome => (error instanceof ImportError ? { refused: error } : { crashed: error }),
  );
  try {
    return await Promise.race([run, hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('importers under fuzzing', () => {
  it.each([
    // Found by this run: linkedom gave "<" a document with no root, and reading its body threw.
    ['lone.html', '<'],
    ['attributes.html', '< a="1"'],
  ])('%s (%j) is read as the text it is, not a TypeError', async (name, text) => {
    const outcome = await outcomeOf(name, new TextEncoder().encode(text));
    expect(outcome).toEqual({ stories: 1 });
  });

  it(
    'give stories or a clear refusal naming the file, never a crash or a hang',
    async () => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(input, async ({ name, bytes }) => {
          runs++;
          const outcome = await outcomeOf(name, bytes);
          expect(outcome).not.toHaveProperty('hung');
          if ('crashed' in outcome) throw new Error(`${name}: ${String((outcome.crashed as Error)?.stack ?? outcome.crashed)}`);
          if ('refused' in outcome) expect(outcome.refused.message).toContain(`“${name}”`);
          if ('stories' in outcome) expect(outcome.stories).toBeGreaterThan(0);
        }),
        { seed: SEED, numRuns: 400, interruptAfterTimeLimit: BUDGET_MS, markInterruptAsFailure: false },
      );
      // The budget must leave room for a real run, or the test proves nothing.
      expect(runs).toBeGreaterThan(20);
    },
    BUDGET_MS + PER_INPUT_MS + 20_000,
  );
});
