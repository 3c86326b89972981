/**
 * The new-target and edit forms send the same terms, turned from what the editor typed in one
 * place (renderer/src/features/targets/targetFields.ts): a tolerance in percent becomes a
 * share, blanks are left to the core, text is trimmed.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY, newTarget, targetPatch, type Fields } from '../../renderer/src/features/targets/targetFields';

const typed = (over: Partial<Fields>): Fields => ({ ...EMPTY, value: 7000, unit: ' 家 ', ...over });

describe('target terms from the form', () => {
  it.each<[string, Partial<Fields>, Record<string, unknown>]>([
    ['a tolerance in percent is a share', { tolerance: 5 }, { tolerance: 0.05 }],
    ['a tolerance over 100% is all of it', { tolerance: 150 }, { tolerance: 1 }],
    ['a blank deadline and upper bound are none', { deadline: '', valueMax: '' }, { deadline: null, valueMax: null }],
    ['a typed number in text is a number', { value: '7000.5', valueMax: '8000' }, { value: 7000.5, valueMax: 8000 }],
    ['the unit is trimmed', {}, { unit: '家' }],
  ])('%s', (_rule, over, sent) => {
    expect(targetPatch(typed(over))).toMatchObject(sent);
  });

  it('leaves a blank direction and tolerance to the core', () => {
    const patch = targetPatch(typed({ direction: '', tolerance: '' }));
    expect(patch).not.toHaveProperty('direction');
    expect(patch).not.toHaveProperty('tolerance');
  });

  it('a target entered by hand adds what it measures, whose it is and its words, trimmed, to the same terms', () => {
    const fields = typed({ metric: ' 高新技术企业 ', entity: ' ', quote: ' 突破7000家 ', tolerance: 5, deadline: '2023-12-31' });
    expect(newTarget(fields)).toEqual({ metric: '高新技术企业', entity: null, quote: '突破7000家', ...targetPatch(fields) });
    expect(targetPatch(fields)).not.toHaveProperty('metric');
  });
});
