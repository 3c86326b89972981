import type { PageId } from '../../router';
import type { MessageKey } from '../../i18n';
import { SIDEBAR_PAGES, shortcutDigit, type SidebarPage } from '../../../../shared/navigation';

export function isMac(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}

/** How the Mod key is written on this system. */
export function modKey(): string {
  return isMac() ? '⌘' : 'Ctrl';
}

export interface NavItem {
  page: PageId;
  label: MessageKey;
  /** Mod+<digit> */
  digit: number;
}

const NAV_LABELS: Record<SidebarPage, MessageKey> = {
  archive: 'nav.archive',
  queue: 'nav.queue',
  targets: 'nav.targets',
  check: 'nav.check',
  drafts: 'nav.drafts',
  settings: 'nav.settings',
};

/** The sidebar, top to bottom; each page's digit is its place in it. */
export const NAV_ITEMS: NavItem[] = SIDEBAR_PAGES.map((page) => ({ page, label: NAV_LABELS[page], digit: shortcutDigit(page) }));

/** What the desktop menu's commands do; the same as the matching keyboard shortcut. */
export const MENU_PAGES = {
  'go-archive': 'archive',
  'go-queue': 'queue',
  'go-targets': 'targets',
  'go-check': 'check',
  'go-drafts': 'drafts',
  'go-settings': 'settings',
} as const satisfies Record<string, PageId>;
