import { Badge, Button, Group, List, Menu, Text } from '@mantine/core';
import { useI18n, type MessageKey } from '../../../i18n';
import type { ReviewPage } from '../reviewEdit';
import classes from './ReviewModal.module.css';

/**
 * What the import left out as page furniture, kind by kind, collapsed: the editor opens it
 * to check that nothing of the story went, and puts back a line that did.
 */
export function DroppedLines({ page, onKeep }: { page: ReviewPage; onKeep: (index: number, storyKey: number) => void }) {
  const { t, tn } = useI18n();
  return (
    <details className={classes.dropped}>
      <summary>
        <Text span size="sm" fw={500}>
          {tn('review.dropped', page.dropped.length)}
        </Text>
      </summary>
      <List size="sm" spacing={4} mt={4} aria-label={t('review.droppedList')}>
        {page.dropped.map((line, i) => (
          <List.Item key={`${line.text}:${i}`}>
            <Group gap="xs" wrap="nowrap">
              <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                {t(`review.droppedKind.${line.kind}` as MessageKey)}
              </Badge>
              <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                {line.text}
              </Text>
              {page.stories.length > 0 && (
                <Menu position="bottom-end" withinPortal={false}>
                  <Menu.Target>
                    <Button size="compact-xs" variant="subtle" aria-label={t('review.keepLine', { text: line.text })}>
                      {t('review.keep')}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {page.stories.map((story, k) => (
                      <Menu.Item key={story.key} onClick={() => onKeep(i, story.key)}>
                        {t('review.keepIn', { index: k + 1, headline: story.headline.trim() || t('review.untitled') })}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </details>
  );
}

