import { readFileSync } from 'node:fs';
import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNOTATION_TYPES } from '../../../shared/domain/annotation';
import { KIND_COLORS } from '../../../renderer/src/features/figures/figureText';

/**
 * An editor tells a highlight from a figure mark by its hue: the reader draws both as a
 * background, in light and dark mode alike (dark mode keeps the hue and lowers the
 * opacity), so a default annotation colour must not sit next to a figure kind's hue.
 */
const MIN_HUE_APART = 25;

function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const span = max - Math.min(r, g, b);
  const sector = max === r ? ((g - b) / span) % 6 : max === g ? (b - r) / span + 2 : (r - g) / span + 4;
  return (sector * 60 + 360) % 360;
}

const hueApart = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The kinds' line colours as the marks' stylesheet sets them: each kind's tone (KIND_COLORS), and the tone's line (.tone-indigo { --mark-line: var(--mantine-color-indigo-6) }). */
function figureKindColours(): [string, string][] {
  const css = readFileSync(new URL('../../../renderer/src/features/story-body/MarkedStoryBody.module.css', import.meta.url), 'utf8');
  const toneLines = new Map([...css.matchAll(/\.tone-(\w+)\s*\{[^}]*--mark-line:\s*var\(--mantine-color-(\w+)-6\)/g)].map(([, tone, palette]) => [tone!, palette!]));
  return Object.entries(KIND_COLORS)
    .filter(([kind]) => kind !== 'other')
    .flatMap(([kind, tone]) => {
      const palette = toneLines.get(tone);
      return palette ? [[kind, DEFAULT_THEME.colors[palette as keyof typeof DEFAULT_THEME.colors]![6]] as [string, string]] : [];
    });
}

describe('default annotation colours', () => {
  const kinds = figureKindColours();

  it('are read from the stylesheet for every coloured figure kind', () => {
    expect(kinds.map(([kind]) => kind)).toEqual(expect.arrayContaining(['target', 'actual', 'projection', 'budget']));
  });

  it.each(DEFAULT_ANNOTATION_TYPES.map((type) => [type.id, type.colour]))('%s (%s) stands apart from every figure kind', (_id, colour) => {
    for (const [kind, kindColour] of kinds) {
      expect(hueApart(hue(colour), hue(kindColour)), `${kind} ${kindColour}`).toBeGreaterThanOrEqual(MIN_HUE_APART);
    }
  });
});
