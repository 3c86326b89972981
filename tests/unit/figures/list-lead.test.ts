/**
 * A list item takes the kind of the lead-in above the list (今年主要预期目标是：), found by walking back
 * over the items. The walks are shared between the sentences of one story; sharing must give each
 * sentence what its own walk gives, the 40-item limit included.
 */
import { describe, expect, it } from 'vitest';
import { listLeadCue, type ListWalk } from '../../../electron/core/figures/figure-kind';
import { foldText } from '../../../electron/core/figures/fold';
import { findKindCues } from '../../../electron/core/figures/kind';
import { readLead } from '../../../electron/core/figures/lead';

const ITEMS = 45;
const text = foldText(`今年发展主要预期目标是：\n${Array.from({ length: ITEMS }, (_, i) => `第${i + 1}项指标增长5%；`).join('\n')}\n`);
const cues = findKindCues(text, 'zh');
const lead = readLead(null, 'zh', null, null);
const itemStarts = [...text.matchAll(/第\d+项/g)].map((m) => m.index);

function alone(at: number): string | undefined {
  return listLeadCue(cues, text, at, lead)?.word;
}

describe('list lead-ins', () => {
  it('items within reach of the lead-in take its cue, the rest none', () => {
    expect(alone(itemStarts[0]!)).toBe('目标');
    expect(alone(itemStarts[38]!)).toBe('目标');
    expect(alone(itemStarts[44]!)).toBeUndefined();
  });

  it.each([
    ['top down', itemStarts],
    ['bottom up', [...itemStarts].reverse()],
    ['from the middle out', [itemStarts[20]!, itemStarts[44]!, itemStarts[39]!, itemStarts[40]!, itemStarts[0]!, itemStarts[41]!]],
  ])('walks shared %s give what each walk alone gives', (_name, order) => {
    const walks = new Map<number, ListWalk>();
    for (const at of order) expect(listLeadCue(cues, text, at, lead, walks)?.word).toBe(alone(at));
  });
});
