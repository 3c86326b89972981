import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Button, Group, Kbd, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconClipboardText, IconSearch, IconUpload, IconX } from '@tabler/icons-react';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { modKey } from '../shell/shortcuts';
import { ArchiveList } from './ArchiveList';
import { useImport } from './ImportContext';
import { SearchResults } from './SearchResults';
import classes from './Archive.module.css';

export const SEARCH_INPUT_ID = 'archive-search';
const DEBOUNCE_MS = 150;

/** The search is remembered across pages and reloads (for this window only). */
const QUERY_KEY = 'figure-desk:archive-query';
function rememberedQuery(): string {
  try {
    return sessionStorage.getItem(QUERY_KEY) ?? '';
  } catch {
    return '';
  }
}

interface Props {
  active: boolean;
  lastOpenedId: number | null;
}

/** The archive: search box, toolbar, and either the search hits or the whole list. */
export function ArchiveBrowser({ active, lastOpenedId }: Props) {
  const { t, tn } = useI18n();
  const { openImport, archiveVersion } = useImport();
  const [query, setQuery] = useState(rememberedQuery);
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const [total, setTotal] = useState<number | null>(null);
  const [changed, setChanged] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const dragDepth = useRef(0);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    try {
      if (query) sessionStorage.setItem(QUERY_KEY, query);
      else sessionStorage.removeItem(QUERY_KEY);
    } catch {
      // Storage may be unavailable; the search is then simply not remembered.
    }
  }, [query]);

  // Other windows, the watch folder or the CLI can change the archive too.
  useEffect(() => api.subscribe('archive:changed', () => setChanged((n) => n + 1)), []);
  const version = archiveVersion + changed;

  // Files dropped anywhere on the page go to the import modal.
  useEffect(() => {
    if (!active) return;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      dragDepth.current += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      dragDepth.current = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) openImport('files', files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      dragDepth.current = 0;
      setDragging(false);
    };
  }, [active, openImport]);

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

      <TextInput
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
      />

      {searching ? (
        <SearchResults query={debounced} version={version} />
      ) : (
        <ArchiveList version={version} active={active} lastOpenedId={lastOpenedId} onTotal={setTotal} />
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
}
