import { memo } from 'react';
import { Button, CloseButton, Group, Paper, Text, Title } from '@mantine/core';
import { IconChecklist, IconTarget, IconUpload } from '@tabler/icons-react';
import type { FirstStep } from '../../../../shared/domain/settings';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { navigate } from '../../router';
import { useImport } from '../archive/ImportContext';
import { notifyError } from '../common/notify';
import { useSettings } from '../settings/SettingsContext';
import { stepsLeft } from './firstSteps';

const ICONS = { import: IconUpload, track: IconTarget, check: IconChecklist } as const;

/** A target figure to press `t` on: the first unreviewed target the archive holds, else any figure. */
async function openFigureToTrack(): Promise<boolean> {
  const figures = await api.call('figures:queue', { limit: 200 });
  const figure = figures.find((f) => f.kind === 'target') ?? figures[0];
  if (!figure) return false;
  navigate({ page: 'archive', storyId: figure.storyId, figureId: figure.id });
  return true;
}

/**
 * The first screen of a new archive: three next steps (import a page, press `t` on a figure,
 * check a later story), each a button that takes it. A step taken is stored in settings,
 * so it stays gone after a reload.
 */
export const FirstSteps = memo(function FirstSteps() {
  const i18n = useI18n();
  const { t } = i18n;
  const { settings, loaded, update } = useSettings();
  const { openImport } = useImport();
  const left = stepsLeft(settings.firstStepsDone);
  if (!loaded || left.length === 0) return null;

  const markDone = (step: FirstStep) => update({ firstStepsDone: [...settings.firstStepsDone, step] }).catch((error: unknown) => notifyError(i18n, error));

  const take = async (step: FirstStep) => {
    if (step === 'import') openImport('files');
    else if (step === 'check') navigate({ page: 'check' });
    else if (step === 'track') {
      try {
        if (!(await openFigureToTrack())) {
          openImport('files');
          return;
        }
      } catch (error) {
        notifyError(i18n, error);
        return;
      }
    }
    await markDone(step);
  };

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="first-steps-title" data-testid="first-steps">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id="first-steps-title">
          {t('firstSteps.title')}
        </Title>
        <CloseButton size="sm" aria-label={t('firstSteps.dismiss')} onClick={() => update({ firstStepsDone: ['import', 'track', 'check'] }).catch((error: unknown) => notifyError(i18n, error))} />
      </Group>
      <Group gap="sm" align="stretch" grow>
        {left.map(({ step, title, body }) => {
          const Icon = ICONS[step];
          return (
            <Button
              key={step}
              variant="light"
              h="auto"
              py="xs"
              justify="flex-start"
              leftSection={<Icon size={20} aria-hidden />}
              onClick={() => void take(step)}
              styles={{ label: { whiteSpace: 'normal', display: 'block', textAlign: 'start' } }}
            >
              <Text fw={600} size="sm" component="span" display="block">
                {t(title)}
              </Text>
              <Text size="xs" c="dimmed" component="span" display="block">
                {t(body)}
              </Text>
            </Button>
          );
        })}
      </Group>
    </Paper>
  );
});
