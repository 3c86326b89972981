import { describe, expect, it } from 'vitest';
import { entityKey, entityScore } from '../../../electron/core/metrics/match-key';

// entityKey keeps the keys it has worked out (a check asks for the same few places hundreds
// of times): each spelling must still get its own key, the first time and every time after.
describe('the place key of an entity', () => {
  it.each([
    ['重庆市', '重庆'],
    ['重庆', '重庆'],
    ['廣東省', '广东'],
    ['广东省', '广东'],
    ['ＵＫ', 'uk'],
    [' London ', 'london'],
    ['市', '市'],
  ])('%s → %s, asked twice', (entity, key) => {
    expect(entityKey(entity)).toBe(key);
    expect(entityKey(entity)).toBe(key);
  });

  it.each([
    ['重庆市', '重庆', 1],
    ['廣東省', '广东', 1],
    ['重庆', '四川', 0],
    ['重庆', null, 0.9],
  ] as const)('%s and %s score %s', (a, b, score) => {
    expect(entityScore(a, b)).toBe(score);
    expect(entityScore(a, b)).toBe(score);
  });
});
