/**
 * The figures beside the story: a legend of the kinds, the list (value, qualifier, kind,
 * metric, entity, period), and for the selected figure how it was read, Confirm / Reject and
 * an edit form. Re-extract reads the story again; editor-corrected figures survive it.
 */
import { useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconNumbers, IconRefresh } from '@tabler/icons-react';
import type { FigurePatch } from '../../../../shared/contract';
import type { Figure } from '../../../../shared/domain/figure';
import { useI18n, type MessageKey } from '../../i18n';
import { notifyError, notifySuccess } from '../common/notify';
import { figureSummary, KIND_COLORS, KIND_KEYS, KIND_NAME_KEYS, KINDS } from '../figures/figureText';
import type { StoryFigures } from '../figures/useStoryFigures';
import { MarkLegend, toneClass } from '../story-body/MarkedStoryBody';
import { SelectedFigure } from './SelectedFigure';
import classes from './FiguresPanel.module.css';

interface Props {
  storyId: number;
  state: StoryFigures;
  selectedId: number | null;
  onSelect: (id: number | null) => void;
}

export const figureItemId = (id: number) => `figure-item-${id}`;

export function FigureLegend() {
  const { t } = useI18n();
  return <MarkLegend label={t('reader.legend')} items={KINDS.map((kind) => ({ key: kind, label: t(KIND_NAME_KEYS[kind]), tone: KIND_COLORS[kind] }))} />;
}

export function FiguresPanel({ storyId, state, selectedId, onSelect }: Props) {
  const i18n = useI18n();
  const { t, tn } = i18n;
  const { figures, error, loading, update, reextract } = state;
  const [editing, setEditing] = useState(false);
  const [reextracting, setReextracting] = useState(false);
  const titleId = `figures-${storyId}`;
  const selected = figures?.find((f) => f.id === selectedId) ?? null;

  const save = async (patch: FigurePatch, message: MessageKey) => {
    if (!selected) return;
    try {
      await update(selected.id, patch);
      notifySuccess(t(message), { id: 'figure-saved' });
      setEditing(false);
    } catch (err) {
      notifyError(i18n, err);
    }
  };

  const runReextract = async () => {
    setReextracting(true);
    try {
      const list = await reextract();
      setEditing(false);
      if (selectedId !== null && !list.some((f) => f.id === selectedId)) onSelect(null);
      notifySuccess(t('reader.reextracted'), { id: 'figures-reextracted' });
    } catch (err) {
      notifyError(i18n, err);
    } finally {
      setReextracting(false);
    }
  };

  let content;
  if (loading && !figures) {
    content = <Loader size="sm" aria-label={t('common.loading')} />;
  } else if (error || !figures) {
    content = (
      <Text size="sm" c="dimmed">
        {t('reader.figuresUnavailable')}
      </Text>
    );
  } else if (figures.length === 0) {
    content = (
      <Text size="sm" c="dimmed">
        {t('reader.figuresEmpty')}
      </Text>
    );
  } else {
    content = (
      <>
        <Text size="xs" c="dimmed">
          {tn('reader.figuresCount', figures.length)}
        </Text>
        <FigureLegend />
        <ul className={classes.figureList} aria-label={t('reader.figureList')}>
          {figures.map((figure) => (
            <li key={figure.id} className={classes[`kind-${figure.kind}`]}>
              <FigureItem
                figure={figure}
                selected={figure.id === selectedId}
                onClick={() => {
                  setEditing(false);
                  onSelect(figure.id === selectedId ? null : figure.id);
                }}
              />
            </li>
          ))}
        </ul>
        {selected ? (
          <SelectedFigure figure={selected} editing={editing} onToggleEdit={() => setEditing((e) => !e)} onCancelEdit={() => setEditing(false)} onSave={save} />
        ) : (
          <Text size="xs" c="dimmed">
            {t('reader.selectHint')}
          </Text>
        )}
      </>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Group gap={6} wrap="nowrap">
            <IconNumbers size={18} aria-hidden />
            <Title order={2} size="h5" id={titleId}>
              {t('reader.figures')}
            </Title>
          </Group>
          {figures && (
            <Tooltip label={t('reader.reextractHint')} multiline w={240}>
              <Button size="compact-xs" variant="subtle" leftSection={<IconRefresh size={14} aria-hidden />} loading={reextracting} onClick={() => void runReextract()}>
                {t('reader.reextract')}
              </Button>
            </Tooltip>
          )}
        </Group>
        {content}
      </Stack>
    </Paper>
  );
}

function FigureItem({ figure, selected, onClick }: { figure: Figure; selected: boolean; onClick: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const details = [figure.metric, figure.entity, figure.period?.label].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      id={figureItemId(figure.id)}
      className={`${classes.figureItem} ${toneClass(KIND_COLORS[figure.kind])}`}
      aria-pressed={selected}
      data-rejected={figure.review === 'rejected'}
      onClick={onClick}
    >
      <Group component="span" gap={6} justify="space-between" wrap="nowrap" align="baseline">
        <Text fw={600} size="sm" span>
          {figureSummary(i18n, figure)}
        </Text>
        <Badge component="span" size="xs" variant="light" color={KIND_COLORS[figure.kind]}>
          {t(KIND_KEYS[figure.kind])}
        </Badge>
      </Group>
      {details && (
        <Text span display="block" size="xs" c="dimmed">
          {figure.change !== 'level' ? `${t(`reader.change.${figure.change}` as MessageKey)} · ` : ''}
          <span data-content>{details}</span>
        </Text>
      )}
      <Text span display="block" className={classes.figureQuote} c="dimmed" fs="italic" lineClamp={2} data-content>
        {figure.quote}
      </Text>
      {figure.review !== 'unreviewed' && (
        <Badge component="span" size="xs" variant="dot" color={figure.review === 'confirmed' ? 'teal' : 'red'} mt={2}>
          {t(`reader.review.${figure.review}` as MessageKey)}
        </Badge>
      )}
    </button>
  );
}
