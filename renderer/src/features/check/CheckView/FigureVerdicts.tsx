/** The selected figure's verdicts: its reading in one line, then one card per verdict. */
import { Stack, Text, Title } from '@mantine/core';
import type { CheckVerdict, FigureCheck } from '../../../../../shared/domain/check';
import { useI18n } from '../../../i18n';
import { WithContent } from '../../common/WithContent';
import { figureValue } from '../../figures/figureText';
import { VerdictCard } from './VerdictCard';
import { confirmable, decisionKey, type Decision } from './verdicts';

interface VerdictsProps {
  check: FigureCheck;
  storyHeadline: string;
  storyDate: string | null;
  decisions: Record<string, Decision>;
  busyKey: string | null;
  onDecide: (v: CheckVerdict, accept: boolean) => void;
}

export function FigureVerdicts({ check, storyHeadline, storyDate, decisions, busyKey, onDecide }: VerdictsProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { figure, verdicts } = check;
  const firstPending = verdicts.find((v) => confirmable(v) && !decisions[decisionKey(figure.id, v)]);
  return (
    <Stack gap="sm">
      <div>
        <Title order={2} size="h5">
          {t('check.verdictsFor', { quote: figure.quote })}
        </Title>
        <Text size="xs" c="dimmed">
          <WithContent
            text={[figureValue(i18n, figure), figure.metric, figure.entity, figure.period?.label].filter(Boolean).join(' · ')}
            spans={[figure.metric, figure.entity, figure.period?.label]}
          />
        </Text>
      </div>
      {verdicts.map((v, i) => {
        const key = decisionKey(figure.id, v);
        return (
          <VerdictCard
            key={`${key}:${i}`}
            figure={figure}
            verdict={v}
            storyHeadline={storyHeadline}
            storyDate={storyDate}
            decision={decisions[key]}
            busy={busyKey === key}
            top={v === firstPending}
            onDecide={(accept) => onDecide(v, accept)}
          />
        );
      })}
    </Stack>
  );
}
