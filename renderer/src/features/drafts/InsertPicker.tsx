/**
 * Insert with a citation (Mod+Shift+I): a figure (search stories, then pick one of its
 * figures), a target's status sentence, or 「据本报X月X日报道」 for a story.
 */
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Modal, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { JSONContent } from '@tiptap/react';
import type { DraftLanguage } from '../../../../shared/domain/draft';
import { useI18n, type MessageKey } from '../../i18n';
import { useApiQuery } from '../../useApiQuery';
import { errorMessage, notifySuccess } from '../common/notify';
import { figureContent, storyContent, storyFromHit, targetContent, type StoryRef } from './citations';
import classes from './Drafts.module.css';

interface Props {
  opened: boolean;
  onClose: () => void;
  language: DraftLanguage;
  onInsert: (content: JSONContent[]) => void;
}

function StorySearch({ onPick, pickLabel }: { onPick: (story: StoryRef) => void; pickLabel: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const hits = useApiQuery('archive:search', debounced ? { query: debounced, limit: 20 } : null, { keepPrevious: true });
  return (
    <Stack gap="xs">
      <TextInput label={t('drafts.searchStories')} placeholder={t('drafts.searchPlaceholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} data-autofocus />
      {hits.loading && <Loader size="xs" aria-label={t('common.loading')} />}
      {hits.error && <Alert color="red">{errorMessage(i18n, hits.error)}</Alert>}
      {debounced && hits.data && hits.data.hits.length === 0 && <Text c="dimmed" size="sm">{t('drafts.noHits')}</Text>}
      {debounced && hits.data && hits.data.hits.length > 0 && (
        <ul className={classes.pickList}>
          {hits.data.hits.map((hit) => (
            <li key={hit.storyId} className={classes.pickItem}>
              <div>
                <Text size="sm" fw={600}>
                  {hit.headline}
                </Text>
                <Text size="xs" c="dimmed">
                  {[hit.publication, hit.date].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Button size="compact-xs" variant="light" onClick={() => onPick(storyFromHit(hit))} aria-label={`${pickLabel}: ${hit.headline}`}>
                {pickLabel}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function StoryFigures({ story, language, onInsert }: { story: StoryRef; language: DraftLanguage; onInsert: (c: JSONContent[]) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const figures = useApiQuery('figures:list', { storyId: story.id });
  const list = (figures.data ?? []).filter((f) => f.review !== 'rejected');
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {story.headline}
      </Text>
      {figures.loading && <Loader size="xs" aria-label={t('common.loading')} />}
      {figures.error && <Alert color="red">{errorMessage(i18n, figures.error)}</Alert>}
      {figures.data && list.length === 0 && <Text c="dimmed" size="sm">{t('drafts.noFigures')}</Text>}
      <ul className={classes.pickList} aria-label={t('drafts.tabFigures')}>
        {list.map((f) => (
          <li key={f.id} className={classes.pickItem}>
            <div>
              <Text size="sm">{f.quote}</Text>
              {f.metric && (
                <Text size="xs" c="dimmed">
                  {f.metric}
                  {f.entity ? ` · ${f.entity}` : ''}
                </Text>
              )}
            </div>
            <Button size="compact-xs" onClick={() => onInsert(figureContent(f, story, language))} aria-label={`${t('drafts.insertButton')}: ${f.quote}`}>
              {t('drafts.insertButton')}
            </Button>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

function TargetPick({ language, onInsert }: { language: DraftLanguage; onInsert: (c: JSONContent[]) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const targets = useApiQuery('targets:list', { limit: 1000 });
  const [filter, setFilter] = useState('');
  const list = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return (targets.data ?? []).filter((tg) => !q || [tg.metric, tg.entity ?? '', tg.quote].join(' ').toLowerCase().includes(q));
  }, [targets.data, filter]);
  return (
    <Stack gap="xs">
      <TextInput label={t('drafts.filterTargets')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} />
      {targets.loading && <Loader size="xs" aria-label={t('common.loading')} />}
      {targets.error && <Alert color="red">{errorMessage(i18n, targets.error)}</Alert>}
      {targets.data && list.length === 0 && <Text c="dimmed" size="sm">{t('drafts.noHits')}</Text>}
      <ul className={classes.pickList} aria-label={t('drafts.tabTargets')}>
        {list.map((tg) => (
          <li key={tg.id} className={classes.pickItem}>
            <div>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {tg.metric}
                </Text>
                <Badge size="xs" variant="light">
                  {t(`drafts.status.${tg.status}` as MessageKey)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {tg.explanation ? (language === 'zh-CN' ? tg.explanation.zh : tg.explanation.en) : tg.quote}
              </Text>
            </div>
            <Button size="compact-xs" onClick={() => onInsert(targetContent(tg, language))} aria-label={`${t('drafts.insertButton')}: ${tg.metric}`}>
              {t('drafts.insertButton')}
            </Button>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

export function InsertPicker({ opened, onClose, language, onInsert }: Props) {
  const { t } = useI18n();
  const [tab, setTab] = useState<string | null>('figures');
  const [story, setStory] = useState<StoryRef | null>(null);
  const insert = (content: JSONContent[]) => {
    onInsert(content);
    notifySuccess(t('drafts.inserted'), { id: 'draft-inserted' });
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('drafts.insertTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="figures">{t('drafts.tabFigures')}</Tabs.Tab>
          <Tabs.Tab value="targets">{t('drafts.tabTargets')}</Tabs.Tab>
          <Tabs.Tab value="stories">{t('drafts.tabStories')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="figures">
          <Stack gap="sm">
            <StorySearch onPick={setStory} pickLabel={t('drafts.tabFigures')} />
            {story ? <StoryFigures story={story} language={language} onInsert={insert} /> : <Text size="sm" c="dimmed">{t('drafts.pickStory')}</Text>}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="targets">
          <TargetPick language={language} onInsert={insert} />
        </Tabs.Panel>
        <Tabs.Panel value="stories">
          <StorySearch onPick={(s) => insert(storyContent(s, language))} pickLabel={t('drafts.insertButton')} />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
