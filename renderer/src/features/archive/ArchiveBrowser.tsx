import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { ActionIcon, Badge, Button, Group, Kbd, Popover, SimpleGrid, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconClipboardText, IconFilter, IconSearch, IconUpload, IconX } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { FirstSteps } from '../shell/FirstSteps';
import { modKey } from '../shell/shortcuts';
import { ArchiveList } from './ArchiveList';
import { useImport } from './ImportContext';
import { SearchResults } from './SearchResults';
import { useFileDrop } from './useFileDrop';
import { useRememberedQuery } from './useRememberedQuery';
import classes from './Archive.module.css';

export const SEARCH_INPUT_ID = 'archive-search';
const DEBOUNCE_MS = 150;

interface Props {
  active: boolean;
  lastOpenedId: number | null;
}

/** Search filters as typed; only complete values reach archive:search. */
export interface SearchFilters {
  from: string;
  to: string;
  publication: string;
  byline: string;
}
const NO_FILTERS: SearchFilters = { from: '', to: '', publication: '', byline: '' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters for archive:search: empty and malformed values left out. */
export function filterInput(filters: SearchFilters): { from?: string; to?: string; publication?: string; byline?: string } {
  const out: { from?: string; to?: string; publication?: string; byline?: string } = {};
  if (ISO_DATE.test(filters.from)) out.from = filters.from;
  if (ISO_DATE.test(filters.to)) out.to = filters.to;
  if (filters.publication.trim()) out.publication = filters.publication.trim();
  if (filters.byline.trim()) out.byline = filters.byline.trim();
  return out;
}

/**
 * The archive: search box, toolbar, and either the search hits or the whole list. Kept
 * mounted under the reader, so it renders again only when its own props change, not on
 * every route change around it.
 */
export const ArchiveBrowser = memo(function ArchiveBrowser({ active, lastOpenedId }: Props) {
  const { t, tn } = useI18n();
  const { openImport, archiveVersion } = useImport();
  const [query, setQuery] = useRememberedQuery();
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [debouncedFilters] = useDebouncedValue(filters, DEBOUNCE_MS);
  const activeFilters = Object.keys(filterInput(filters)).length;
  const [total, setTotal] = useState<number | null>(null);
  const [changed, setChanged] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);

  // Other windows, the watch folder or the CLI can change the archive too.
  useEffect(() => api.subscribe('archive:changed', () => setChanged((n) => n + 1)), []);
  const version = archiveVersion + changed;

  const onDroppedFiles = useCallback((files: File[]) => openImport('files', files), [openImport]);
  const dragging = useFileDrop(active, onDroppedFiles);

  const searching = debounced.length > 0;

  return (
    <div className={classes.page} ref={rootRef}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
        <Group gap="xs" align="baseline" wrap="nowrap">
          <Title order={1} size="h3">
            {t('archive.title')}
          </Title>
          {total !== null && total > 0 && !searching && (
            <Text span size="sm" c="dimmed" aria-live="polite">
              {tn('archive.count', total)}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" leftSection={<IconClipboardText size={16} aria-hidden />} onClick={() => openImport('text')}>
            {t('import.pasteButton')}
          </Button>
          <Tooltip label={t('import.buttonHint', { keys: `${modKey()}+O` })}>
            <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => openImport('files')}>
              {t('import.button')}
            </Button>
          </Tooltip>
        </Group>
      </Group>

      <FirstSteps />

      <Group gap="xs" align="flex-end" wrap="nowrap">
        {/* The syntax is a line under the box, not a tooltip: a tooltip there covered the result count. */}
        <TextInput
          style={{ flex: 1 }}
          id={SEARCH_INPUT_ID}
          type="search"
          label={t('archive.searchLabel')}
          placeholder={t('archive.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSectionWidth={query ? 36 : 64}
          rightSection={
            query ? (
              <ActionIcon variant="subtle" color="gray" aria-label={t('archive.clearSearch')} onClick={() => setQuery('')}>
                <IconX size={14} aria-hidden />
              </ActionIcon>
            ) : (
              <Kbd size="xs" aria-hidden>
                {modKey()}+K
              </Kbd>
            )
          }
          value={query}
          maxLength={500}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              event.stopPropagation();
              setQuery('');
            } else if (event.key === 'ArrowDown') {
              const first = rootRef.current?.querySelector<HTMLElement>('a[data-story-id]');
              if (first) {
                event.preventDefault();
                first.focus();
              }
            }
          }}
          autoComplete="off"
          spellCheck={false}
          description={t('archive.searchSyntax')}
          inputWrapperOrder={['label', 'input', 'description']}
        />
        <FiltersButton filters={filters} active={activeFilters} onChange={setFilters} />
      </Group>

      {searching ? (
        <SearchResults query={debounced} filters={filterInput(debouncedFilters)} version={version} />
      ) : (
        <ArchiveList version={version} active={active} lastOpenedId={lastOpenedId} onTotal={setTotal} filters={filterInput(debouncedFilters)} />
      )}

      {dragging && (
        <div className={classes.dropOverlay} aria-hidden>
          <div className={classes.dropBox}>
            <IconUpload size={40} aria-hidden />
            <Title order={2} size="h3" mt="sm">
              {t('import.dropTitle')}
            </Title>
            <div>{t('import.dropHint')}</div>
          </div>
        </div>
      )}
    </div>
  );
});

interface FiltersProps {
  filters: SearchFilters;
  active: number;
  onChange: (next: SearchFilters) => void;
}

/** Date range, publication and byline for the search, in a popover; they apply as you type. */
function FiltersButton({ filters, active, onChange }: FiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  const orderError = ISO_DATE.test(filters.from) && ISO_DATE.test(filters.to) && filters.from > filters.to ? t('archive.filterDateOrder') : null;
  return (
    <Group gap={4} wrap="nowrap">
      <Popover position="bottom-end" width={340} shadow="md" trapFocus={false} withinPortal>
        <Popover.Target>
          <Button
            variant={active > 0 ? 'light' : 'default'}
            leftSection={<IconFilter size={16} aria-hidden />}
            rightSection={
              active > 0 ? (
                <Badge size="xs" circle aria-hidden>
                  {active}
                </Badge>
              ) : undefined
            }
            aria-label={active > 0 ? t('archive.filtersActive', { count: active }) : t('archive.filters')}
          >
            {t('archive.filters')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
            <TextInput type="date" size="xs" label={t('archive.filterFrom')} value={filters.from} max={filters.to || undefined} onChange={(e) => set({ from: e.currentTarget.value })} />
            <TextInput
              type="date"
              size="xs"
              label={t('archive.filterTo')}
              value={filters.to}
              min={filters.from || undefined}
              error={orderError}
              onChange={(e) => set({ to: e.currentTarget.value })}
            />
            <TextInput size="xs" label={t('archive.filterPublication')} value={filters.publication} maxLength={200} onChange={(e) => set({ publication: e.currentTarget.value })} />
            <TextInput size="xs" label={t('archive.filterByline')} value={filters.byline} maxLength={200} onChange={(e) => set({ byline: e.currentTarget.value })} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} aria-hidden />} disabled={active === 0} onClick={() => onChange(NO_FILTERS)}>
              {t('archive.filterClear')}
            </Button>
          </Group>
        </Popover.Dropdown>
      </Popover>
      {active > 0 && (
        <Tooltip label={t('archive.filterClear')}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('archive.filterClear')} onClick={() => onChange(NO_FILTERS)}>
            <IconX size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
