import { describe, expect, it } from 'vitest';
import { joinBroken } from '../../../electron/core/archive/signals';

describe('joining lines broken by the page layout', () => {
  it('rejoins a word hyphenated at a line end', () => {
    expect(joinBroken('the scheme was quali-', 'fied by the council')).toBe('the scheme was qualified by the council');
    expect(joinBroken('ministers will inter-', 'vene')).toBe('ministers will intervene');
  });

  it('keeps the hyphen of a compound that happens to end the line', () => {
    expect(joinBroken('after a three-', 'hour meeting')).toBe('after a three-hour meeting');
    expect(joinBroken('a 24-', 'hour service')).toBe('a 24-hour service');
    expect(joinBroken('the well-', 'known figure')).toBe('the well-known figure');
    expect(joinBroken('a self-', 'driving bus')).toBe('a self-driving bus');
  });

  it('joins Chinese without a space and English words with one', () => {
    expect(joinBroken('加快在脑科学', '、量子科学')).toBe('加快在脑科学、量子科学');
    expect(joinBroken('the council said', 'that rents would rise')).toBe('the council said that rents would rise');
  });
});
