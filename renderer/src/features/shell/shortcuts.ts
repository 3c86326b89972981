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
  { page: 'targets', label: 'nav.targets', digit: 2 },
  { page: 'check', label: 'nav.check', digit: 3 },
  { page: 'drafts', label: 'nav.drafts', digit: 4 },
  { page: 'settings', label: 'nav.settings', digit: 5 },
];
