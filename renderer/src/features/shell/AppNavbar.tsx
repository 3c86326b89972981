/** The pages in the side bar, each with its icon and its Mod+digit shortcut. */
import { memo, type ComponentType } from 'react';
import { AppShell, Kbd, NavLink, Tooltip } from '@mantine/core';
import { IconArchive, IconChecklist, IconListCheck, IconPencil, IconSettings, IconTarget } from '@tabler/icons-react';
import { useI18n } from '../../i18n';
import { routeHref, type PageId } from '../../router';
import { modKey, NAV_ITEMS } from './shortcuts';
import classes from './AppLayout.module.css';

const ICONS: Record<PageId, ComponentType<{ size?: number; 'aria-hidden'?: boolean }>> = {
  archive: IconArchive,
  queue: IconListCheck,
  targets: IconTarget,
  check: IconChecklist,
  drafts: IconPencil,
  settings: IconSettings,
};

/** Memoised: it renders again when the page changes, not on every route change within one. */
export const AppNavbar = memo(function AppNavbar({ page }: { page: PageId }) {
  const { t } = useI18n();
  const mod = modKey();
  return (
    <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
      {NAV_ITEMS.map((item) => {
        const Icon = ICONS[item.page];
        const active = page === item.page;
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
  );
});
