import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/content-security-policy';

const ROOT = join(import.meta.dirname, '../../..');
const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean).sort();

describe('the content security policy', () => {
  it('is the one module both the desktop window and the browser bridge send', () => {
    for (const file of ['electron/main/window.ts', 'electron/bridge/server.ts']) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect(source, file).toMatch(/import \{ CONTENT_SECURITY_POLICY \} from '\.\.\/core\/content-security-policy'/);
      expect(source, file).not.toMatch(/default-src/);
    }
  });

  it('agrees with the meta tag of renderer/index.html, which cannot carry frame-ancestors', () => {
    const html = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(directives(meta)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')));
  });
});
