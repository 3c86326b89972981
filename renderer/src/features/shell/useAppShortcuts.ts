/**
 * The app-wide ways in: keyboard shortcuts (those with Mod work in text fields too; the bare
 * ones do not) and the desktop menu, whose commands do what their shortcuts do.
 */
import { useEffect } from 'react';
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { api } from '../../api';
import { navigate } from '../../router';
import { useImport } from '../archive/ImportContext';
import { MENU_PAGES, NAV_ITEMS } from './shortcuts';

export function useAppShortcuts(focusSearch: () => void, openHelp: () => void) {
  const { openImport } = useImport();

  const withModifier: HotkeyItem[] = [
    ...NAV_ITEMS.map((item): HotkeyItem => [`mod+${item.digit}`, () => navigate({ page: item.page })]),
    ['mod+K', focusSearch],
    ['mod+O', () => openImport('files')],
  ];
  const bare: HotkeyItem[] = [
    ['/', focusSearch],
    ['shift+?', openHelp],
    ['?', openHelp],
  ];
  useHotkeys(withModifier, []);
  useHotkeys(bare);

  useEffect(
    () =>
      api.subscribe('menu:command', ({ command }) => {
        if (command === 'import') openImport('files');
        else if (command === 'search') focusSearch();
        else if (command === 'shortcuts') openHelp();
        else navigate({ page: MENU_PAGES[command] });
      }),
    [openImport, openHelp, focusSearch],
  );
}

/** A file dropped where nothing takes it must not replace the app with the file. */
export function useNoStrayDrops() {
  useEffect(() => {
    const stop = (event: DragEvent) => {
      if (Array.from(event.dataTransfer?.types ?? []).includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}
