/** Where the annotation toolbar floats for a selection, in viewport pixels. */
export interface ToolbarPlacement {
  /** The edge the toolbar hangs from: its bottom edge when above, its top edge when below. */
  top: number;
  left: number;
  /** Above the selection, so it never covers the line the editor reads next. */
  side: 'above' | 'below';
  /** The room it has on that side; the comment form scrolls within it. */
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;
/** Enough for the quote line and the type buttons; with less room above, it goes below. */
export const ROOM_FOR_TOOLBAR = 120;
export const TOOLBAR_WIDTH = 352;

export function toolbarPlacement(
  selection: { top: number; bottom: number; left: number },
  viewport: { width: number; height: number },
): ToolbarPlacement {
  const width = Math.min(TOOLBAR_WIDTH, viewport.width - 32);
  const left = Math.max(MARGIN, Math.min(selection.left, viewport.width - width - MARGIN));
  const roomAbove = selection.top - GAP - MARGIN;
  if (roomAbove >= ROOM_FOR_TOOLBAR) return { top: selection.top - GAP, left, side: 'above', maxHeight: roomAbove };
  const top = Math.max(MARGIN, Math.min(selection.bottom + GAP, viewport.height - ROOM_FOR_TOOLBAR));
  return { top, left, side: 'below', maxHeight: viewport.height - top - MARGIN };
}
