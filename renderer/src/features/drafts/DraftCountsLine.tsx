/** The counts under the draft: words first, then the parts, then characters. */
import { Group, Text } from '@mantine/core';
import type { DraftCounts } from '../../../../shared/domain/draft';
import { useI18n } from '../../i18n';
import { countParts } from './countParts';
import classes from './Drafts.module.css';

export function DraftCountsLine({ counts }: { counts: DraftCounts }) {
  const { t, formatNumber } = useI18n();
  return (
    <Group gap="md" className={classes.counts} aria-label={t('drafts.colCounts')}>
      <Text size="sm" fw={600} data-testid="draft-words">
        {t('drafts.countWords', { count: formatNumber(counts.words) })}
      </Text>
      <Text size="sm" c="dimmed">
        {countParts(counts)
          .map(([key, count]) => t(key, { count: formatNumber(count) }))
          .join(t('drafts.countSeparator'))}
      </Text>
      <Text size="sm" c="dimmed">
        {t('drafts.countChars', { count: formatNumber(counts.characters) })}
      </Text>
    </Group>
  );
}
