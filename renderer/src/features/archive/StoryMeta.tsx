import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { StorySummary } from '../../../../shared/domain/story';
import { useI18n } from '../../i18n';
import classes from './Archive.module.css';

interface MetaProps {
  date: string | null;
  publication: string | null;
  byline: string | null;
  id?: string;
}

/** "24 Feb 2023 · 重庆日报 · 张亦筑" */
export function StoryMeta({ date, publication, byline, id }: MetaProps) {
  const { t, formatDate } = useI18n();
  const parts = [date ? formatDate(date) : t('archive.noDate'), publication ?? t('archive.noPublication')];
  if (byline) parts.push(byline);
  return (
    <Text size="xs" c="dimmed" className={classes.meta} id={id}>
      {parts.join(' · ')}
    </Text>
  );
}

export function StoryBadges({ story }: { story: Pick<StorySummary, 'truncated' | 'genre'> }) {
  const { t } = useI18n();
  if (!story.truncated && story.genre === 'news') return null;
  return (
    <Group gap={4} wrap="nowrap" className={classes.badges}>
      {story.truncated && (
        <Tooltip label={t('archive.badge.truncatedHint')} withinPortal>
          <Badge size="xs" variant="light" color="orange">
            {t('archive.badge.truncated')}
          </Badge>
        </Tooltip>
      )}
      {story.genre === 'photo' && (
        <Badge size="xs" variant="light" color="grape">
          {t('archive.badge.photo')}
        </Badge>
      )}
      {story.genre === 'commentary' && (
        <Badge size="xs" variant="light" color="blue">
          {t('archive.badge.commentary')}
        </Badge>
      )}
    </Group>
  );
}
