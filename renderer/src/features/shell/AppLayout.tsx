import { memo, useEffect } from 'react';
import { ActionIcon, AppShell, Burger, Group, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKeyboard, IconNumbers } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { navigate, useRoute } from '../../router';
import { SEARCH_INPUT_ID } from '../archive/ArchiveBrowser';
import { ImportModal } from '../archive/ImportModal';
import { ImportPanel } from '../archive/ImportPanel';
import { InterruptedImports } from '../archive/InterruptedImports';
import { ReviewModal } from '../archive/ReviewModal';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { HelpModal } from './HelpModal';
import { AppNavbar } from './AppNavbar';
import { NAV_ITEMS } from './shortcuts';
import { useAppShortcuts, useNoStrayDrops } from './useAppShortcuts';
import classes from './AppLayout.module.css';
import ArchivePage from '../../pages/Archive.page';
import FigureQueuePage from '../../pages/FigureQueue.page';

import CheckPage from '../../pages/Check.page';
import DraftsPage from '../../pages/Drafts.page';
import SettingsPage from '../../pages/Settings.page';
import TargetsPage from '../../pages/Targets.page';

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

  useAppShortcuts(focusSearch, help.open);
  useNoStrayDrops();

  useEffect(() => nav.close(), [route.page, route.storyId, nav]);

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
      <SkipAndHeader navOpened={navOpened} onToggleNav={nav.toggle} onHelp={help.open} />

      <AppNavbar page={route.page} />

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <ImportNotices />
        <ErrorBoundary resetKey={`${route.page}/${route.storyId ?? ''}`}>
          {page}
        </ErrorBoundary>
      </AppShell.Main>

      <ShellDialogs helpOpened={helpOpened} onCloseHelp={help.close} />
    </AppShell>
  );
}

// The parts of the shell that do not depend on the route, memoised: a route change renders
// the page and the sidebar's current link, not the header, the notices and every dialog.

const SkipAndHeader = memo(function SkipAndHeader({ navOpened, onToggleNav, onHelp }: { navOpened: boolean; onToggleNav: () => void; onHelp: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <a href="#main-content" className={classes.skip} onClick={(e) => {
        e.preventDefault();
        document.getElementById('main-content')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.label')} />
            <IconNumbers size={22} aria-hidden className={classes.logo} />
            <Text fw={700} size="lg" className={classes.appName}>
              {t('app.name')}
            </Text>
          </Group>
          <Tooltip label={`${t('nav.help')} (?)`}>
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('nav.help')} onClick={onHelp}>
              <IconKeyboard size={20} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </AppShell.Header>
    </>
  );
});

const ImportNotices = memo(function ImportNotices() {
  return (
    <>
      <ImportPanel />
      <InterruptedImports />
    </>
  );
});

const ShellDialogs = memo(function ShellDialogs({ helpOpened, onCloseHelp }: { helpOpened: boolean; onCloseHelp: () => void }) {
  return (
    <>
      <ImportModal />
      <ReviewModal />
      <HelpModal opened={helpOpened} onClose={onCloseHelp} />
    </>
  );
});
