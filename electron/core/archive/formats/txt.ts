import type { Block } from '../types';

/** One block per line; blank lines are kept as a count because they hint at layout. */
export function txtBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blank = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      blank++;
      continue;
    }
    blocks.push({ text: line.trim(), blankBefore: blank });
    blank = 0;
  }
  return blocks;
}
