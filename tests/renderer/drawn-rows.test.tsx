import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, useDrawnRows } from '../../renderer/src/features/common/useDrawnRows';

/** A list as a page draws it, noting how many rows each render drew. */
function List({ rows, drawnCounts }: { rows: string[]; drawnCounts: number[] }) {
  const drawn = useDrawnRows(rows);
  drawnCounts.push(drawn.length);
  return (
    <ul aria-label="rows">
      {drawn.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => `row ${i + 1}`);

describe('a long list draws its first screen first', () => {
  it('shows the first rows in the first frame, then every row', async () => {
    const drawnCounts: number[] = [];
    render(<List rows={rows(300)} drawnCounts={drawnCounts} />);
    expect(drawnCounts[0]).toBe(FIRST_ROWS);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(300));
    expect(screen.getAllByRole('listitem').at(-1)!.textContent).toBe('row 300');
  });

  it('a short list is drawn whole at once', () => {
    const drawnCounts: number[] = [];
    render(<List rows={rows(12)} drawnCounts={drawnCounts} />);
    expect(drawnCounts[0]).toBe(12);
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
  });

  it('rows that change (a filter) are drawn as they are', async () => {
    const drawnCounts: number[] = [];
    const { rerender } = render(<List rows={rows(300)} drawnCounts={drawnCounts} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(300));
    rerender(<List rows={rows(300).filter((_, i) => i % 3 === 0)} drawnCounts={drawnCounts} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
  });
});
