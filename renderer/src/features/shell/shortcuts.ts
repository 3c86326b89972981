import type { PageId } from '../../router';
import type { MessageKey } from '../../i18n';

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

export const NAV_ITEMS: NavItem[] = [
  { page: 'archive', label: 'nav.archive', digit: 1 },
  // The queue belongs with the archive; it came later, so it takes the next free digit.
  { page: 'queue', label: 'nav.queue', digit: 6 },
  { page: 'targets', label: 'nav.targets', digit: 2 },
  { page: 'check', label: 'nav.check', digit: 3 },
  { page: 'drafts', label: 'nav.drafts', digit: 4 },
  { page: 'settings', label: 'nav.settings', digit: 5 },
];

/** What the desktop menu's commands do; the same as the matching keyboard shortcut. */
export const MENU_PAGES = {
  'go-archive': 'archive',
  'go-targets': 'targets',
  'go-check': 'check',
  'go-drafts': 'drafts',
  'go-settings': 'settings',
} as const satisfies Record<string, PageId>;
