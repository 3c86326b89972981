/**
 * The editor confirming or rejecting a story's matches: each decision is sent once
 * (check:confirm), kept with the core's answer, and the check read back as settled.
 */
import { useState } from 'react';
import type { Figure } from '../../../../../shared/domain/figure';
import type { CheckVerdict, FigureCheck } from '../../../../../shared/domain/check';
import { api } from '../../../api';
import { useI18n } from '../../../i18n';
import { notifyError, notifySuccess } from '../../common/notify';
import { confirmable, decisionKey, type Decision } from './verdicts';

export interface MatchDecisions {
  decisions: Record<string, Decision>;
  /** The match being sent now, by decisionKey. */
  busyKey: string | null;
  decide(figure: Figure, verdict: CheckVerdict, accept: boolean): Promise<void>;
  /** The first match of the figure still to settle (what c and x act on). */
  firstPending(check: FigureCheck | null): CheckVerdict | null;
}

export function useMatchDecisions(reloadCheck: () => void): MatchDecisions {
  const i18n = useI18n();
  const { t } = i18n;
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [busyKey, setBusyKey] = useState<string | null>(null);

  const decide = async (figure: Figure, verdict: CheckVerdict, accept: boolean) => {
    const key = decisionKey(figure.id, verdict);
    if (busyKey !== null || decisions[key] || verdict.id === null) return;
    setBusyKey(key);
    try {
      const result = await api.call('check:confirm', {
        figureId: figure.id,
        ...(verdict.against === 'target' ? { targetId: verdict.id } : { otherFigureId: verdict.id }),
        accept,
      });
      setDecisions((d) => ({ ...d, [key]: { accepted: accept, result } }));
      // Read the match back as settled: who settled it and when.
      reloadCheck();
      if (accept && result.target) {
        notifySuccess(t('check.statusNow', { status: t(`targets.status.${result.target.status}`) }), { id: 'check-confirmed' });
      }
    } catch (error) {
      notifyError(i18n, error);
    } finally {
      setBusyKey(null);
    }
  };

  const firstPending = (check: FigureCheck | null): CheckVerdict | null =>
    check?.verdicts.find((v) => confirmable(v) && !decisions[decisionKey(check.figure.id, v)]) ?? null;

  return { decisions, busyKey, decide, firstPending };
}
