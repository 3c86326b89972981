/** The target register: tracking, editing, overriding, charting, and moving it in and out as files. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { readSettings } from '../settings';
import {
  createTarget,
  deleteTarget,
  dueSoon,
  listTargets,
  overdueWithoutEvidence,
  overrideStatus,
  targetDetail,
  targetFromFigure,
  targetHistory,
  updateTarget,
} from './register';
import { metricSeries } from './series';
import { registerFile } from './export-file';
import { importRegister } from './transfer';

export function targetHandlers({ repos }: HandlerContext): HandlersOf<ChannelsOf<'targets'>> {
  const tolerance = () => ({ approxTolerance: readSettings(repos).approxTolerance });
  return {
    'targets:list': (query) => listTargets(repos, query),
    'targets:get': ({ id }) => targetDetail(repos, id),
    'targets:fromFigure': ({ figureId }) => targetFromFigure(repos, figureId, tolerance()),
    'targets:create': (input) => createTarget(repos, input, tolerance()),
    'targets:update': ({ id, patch }) => updateTarget(repos, id, patch, tolerance()),
    'targets:override': ({ id, override }) => overrideStatus(repos, id, override),
    'targets:history': ({ id }) => targetHistory(repos, id),
    'targets:dueSoon': ({ days }) => dueSoon(repos, days, tolerance()),
    'targets:overdue': () => overdueWithoutEvidence(repos, tolerance()),
    'targets:series': ({ metricKey, entity }) => metricSeries(repos, metricKey, entity),
    'targets:export': (input) => registerFile(repos, input),
    'targets:import': ({ text, format, mode }) => importRegister(repos, text, format, { mode }),
    'targets:delete': ({ id }) => ({ deleted: deleteTarget(repos, id) }),
  };
}
