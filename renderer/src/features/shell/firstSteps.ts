import type { FirstStep } from '../../../../shared/domain/settings';
import type { MessageKey } from '../../i18n';

/** The next steps a new archive shows, in order: each is a button that takes the step. */
export const FIRST_STEPS: { step: FirstStep; title: MessageKey; body: MessageKey }[] = [
  { step: 'import', title: 'firstSteps.import', body: 'firstSteps.importBody' },
  { step: 'track', title: 'firstSteps.track', body: 'firstSteps.trackBody' },
  { step: 'check', title: 'firstSteps.check', body: 'firstSteps.checkBody' },
];

/** The steps still to show: a step once taken is kept in settings and never shown again. */
export function stepsLeft(done: readonly FirstStep[]): typeof FIRST_STEPS {
  return FIRST_STEPS.filter(({ step }) => !done.includes(step));
}
