/**
 * The sidebar's pages in the order the editor sees them. Mod+1…Mod+6 follow this order, in
 * the renderer's shortcuts, the `?` list and the desktop Go menu alike, so the number a page
 * is called by is its place in the list.
 */
export const SIDEBAR_PAGES = ['archive', 'queue', 'targets', 'check', 'drafts', 'settings'] as const;
export type SidebarPage = (typeof SIDEBAR_PAGES)[number];

/** The digit that goes with Mod to open a page: its 1-based place in the sidebar. */
export function shortcutDigit(page: SidebarPage): number {
  return SIDEBAR_PAGES.indexOf(page) + 1;
}
