import { mockApi } from './mock-api';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/src/features/common/ErrorBoundary';
import { renderWithProviders } from './render';

beforeEach(() => {
  mockApi.call.mockImplementation(async () => ({ locale: null, theme: 'system', publicationCities: {}, approxTolerance: 0.05, watchFolder: null }));
});

let shouldThrow = true;
function Bomb() {
  if (shouldThrow) throw new Error('kaboom');
  return <p>recovered</p>;
}

describe('errors', () => {
  it('shows a message and a way back instead of a white screen', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderWithProviders(
      <ErrorBoundary>
        <Bomb />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('This view stopped working')).toBeTruthy();
    expect(screen.getByText('kaboom')).toBeTruthy();
    shouldThrow = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('recovered')).toBeTruthy();
    spy.mockRestore();
  });

  it('never renders HTML strings (no dangerouslySetInnerHTML in the renderer)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(tsx?|html)$/.test(name)) files.push(path);
      }
    };
    walk(join(__dirname, '../../renderer'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML\s*=/);
  });
});
