/**
 * The figures beside the reader and the annotations beside it are lists of rows that are
 * buttons but read as text. That look is written once (renderer/src/features/common/
 * ListRows.module.css) and both panels compose it, through the renderer's own CSS pipeline
 * (Vite, PostCSS with Mantine's mixins, CSS modules), so a change to it reaches both.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preprocessCSS, resolveConfig, type ResolvedConfig } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const FEATURES = join(ROOT, 'renderer/src/features');

let config: ResolvedConfig;
beforeAll(async () => {
  // Class names left as written, so what a class composes can be read off its name.
  config = await resolveConfig({ root: join(ROOT, 'renderer'), configFile: false, css: { modules: { generateScopedName: '[local]' } } }, 'build');
});

async function compile(path: string): Promise<{ code: string; classes: Record<string, string[]> }> {
  const { code, modules } = await preprocessCSS(readFileSync(path, 'utf8'), path, config);
  return { code, classes: Object.fromEntries(Object.entries(modules ?? {}).map(([local, names]) => [local, String(names).split(' ')])) };
}

/** The declarations of `.name` itself and of `.name:focus-visible`, in a compiled sheet. */
function declarations(code: string, name: string, state = ''): string[] {
  const rules = [...code.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  return rules
    .filter(([, selector]) => selector!.trim() === `.${name}${state}`)
    .flatMap(([, , body]) => body!.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean));
}

describe('rows beside the story', () => {
  it.each([
    ['reader/FiguresPanel.module.css', 'figureList', 'figureItem'],
    ['annotations/Annotations.module.css', 'list', 'itemQuote'],
  ])('%s takes its list (%s) and its row button (%s) from ListRows, and looks as before', async (file, list, row) => {
    const shared = await compile(join(FEATURES, 'common/ListRows.module.css'));
    const panel = await compile(join(FEATURES, file));
    expect(panel.classes[list]).toContain('plainList');
    expect(panel.classes[row]).toContain('rowButton');
    // What the editor sees: a bare list, and a row with no button chrome, the text's font, a focus ring.
    const look = (name: string, state = '') => [...declarations(shared.code, name === list ? 'plainList' : 'rowButton', state), ...declarations(panel.code, name, state)];
    expect(look(list)).toEqual(expect.arrayContaining(['list-style: none', 'margin: 0', 'padding: 0']));
    expect(look(row)).toEqual(expect.arrayContaining(['display: block', 'width: 100%', 'text-align: start', 'font: inherit', 'color: inherit', 'background: none', 'border: 0', 'cursor: pointer']));
    expect(look(row, ':focus-visible')).toEqual(expect.arrayContaining(['outline: 2px solid var(--mantine-primary-color-filled)']));
  });
});
