import { useEffect, type ComponentType } from 'react';
import { ActionIcon, AppShell, Burger, Group, Kbd, NavLink, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconArchive, IconChecklist, IconKeyboard, IconListCheck, IconNumbers, IconPencil, IconSettings, IconTarget } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate, routeHref, useRoute, type PageId } from '../../router';
import { SEARCH_INPUT_ID } from '../archive/ArchiveBrowser';
import { useImport } from '../archive/ImportContext';
import { ImportModal } from '../archive/ImportModal';
import { ImportPanel } from '../archive/ImportPanel';
import { InterruptedImports } from '../archive/InterruptedImports';
import { ReviewModal } from '../archive/ReviewModal';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { HelpModal } from './HelpModal';
import { MENU_PAGES, modKey, NAV_ITEMS } from './shortcuts';
import classes from './AppLayout.module.css';
import ArchivePage from '../../pages/Archive.page';
import FigureQueuePage from '../../pages/FigureQueue.page';

import CheckPage from '../../pages/Check.page';
import DraftsPage from '../../pages/Drafts.page';
import SettingsPage from '../../pages/Settings.page';
import TargetsPage from '../../pages/Targets.page';

const ICONS: Record<PageId, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  archive: IconArchive,
  queue: IconListCheck,
  targets: IconTarget,
  check: IconChecklist,
  drafts: IconPencil,
  settings: IconSettings,
};

/** Focus the archive search, going to the archive first when elsewhere. */
export function focusSearch(): void {
  navigate({ page: 'archive' });
  let attempts = 0;
  const tryFocus = () => {
    const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
    if (input && input.offsetParent !== null) {
      input.focus();
      input.select();
    } else if (attempts++ < 10) {
      requestAnimationFrame(tryFocus);
    } else {
      input?.focus();
    }
  };
  requestAnimationFrame(tryFocus);
}

export function AppLayout() {
  const { t } = useI18n();
  const route = useRoute();
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const { openImport } = useImport();
  const mod = modKey();

  // Shortcuts with Mod work in text fields too; the bare ones do not.
  useHotkeys(
    [
      ...NAV_ITEMS.map((item): [string, () => void] => [`mod+${item.digit}`, () => navigate({ page: item.page })]),
      ['mod+K', focusSearch],
      ['mod+O', () => openImport('files')],
    ],
    [],
  );
  useHotkeys([
    ['/', focusSearch],
    ['shift+?', help.open],
    ['?', help.open],
  ]);

  useEffect(() => nav.close(), [route.page, route.storyId, nav]);

  // The desktop menu: each command does what its keyboard shortcut does.
  const openHelp = help.open;
  useEffect(
    () =>
      api.subscribe('menu:command', ({ command }) => {
        if (command === 'import') openImport('files');
        else if (command === 'search') focusSearch();
        else if (command === 'shortcuts') openHelp();
        else navigate({ page: MENU_PAGES[command] });
      }),
    [openImport, openHelp],
  );

  // A file dropped where nothing takes it must not replace the app with the file.
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

  useEffect(() => {
    const item = NAV_ITEMS.find((i) => i.page === route.page);
    document.title = item ? `${t(item.label)} · Figure Desk` : 'Figure Desk';
  }, [route.page, t]);

  let page;
  switch (route.page) {
    case 'archive':
      page = <ArchivePage storyId={route.storyId} figureId={route.figureId} />;
      break;
    case 'queue':
      page = <FigureQueuePage />;
      break;
    case 'targets':
      page = <TargetsPage />;
      break;
    case 'check':
      page = <CheckPage />;
      break;
    case 'drafts':
      page = <DraftsPage />;
      break;
    case 'settings':
      page = <SettingsPage />;
      break;
  }

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <a href="#main-content" className={classes.skip} onClick={(e) => {
        e.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.label')} />
            <IconNumbers size={22} aria-hidden className={classes.logo} />
            <Text fw={700} size="lg" className={classes.appName}>
              {t('app.name')}
            </Text>
          </Group>
          <Tooltip label={`${t('nav.help')} (?)`}>
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('nav.help')} onClick={help.open}>
              <IconKeyboard size={20} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {NAV_ITEMS.map((item) => {
          const Icon = ICONS[item.page];
          const active = route.page === item.page;
          return (
            <Tooltip key={item.page} label={t('nav.shortcut', { keys: `${mod}+${item.digit}` })} position="right" openDelay={400}>
              <NavLink
                href={routeHref({ page: item.page })}
                label={t(item.label)}
                leftSection={<Icon size={18} aria-hidden />}
                rightSection={
                  <Kbd size="xs" className={classes.navKbd} aria-hidden>
                    {`${mod}+${item.digit}`}
                  </Kbd>
                }
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                className={classes.navLink}
              />
            </Tooltip>
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <ImportPanel />
        <InterruptedImports />
        <ErrorBoundary resetKey={`${route.page}/${route.storyId ?? ''}`}>
          {page}
        </ErrorBoundary>
      </AppShell.Main>

      <ImportModal />
      <ReviewModal />
      <HelpModal opened={helpOpened} onClose={help.close} />
    </AppShell>
  );
}
