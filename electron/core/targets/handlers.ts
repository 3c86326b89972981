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
  // Read once per request: the register is synchronous and settings come from the async stores.
  const tolerance = async () => ({ approxTolerance: (await readSettings(repos)).approxTolerance });
  return {
    'targets:list': (query) => listTargets(repos, query),
    'targets:get': ({ id }) => targetDetail(repos, id),
    'targets:fromFigure': async ({ figureId }) => targetFromFigure(repos, figureId, await tolerance()),
    'targets:create': async (input) => createTarget(repos, input, await tolerance()),
    'targets:update': async ({ id, patch }) => updateTarget(repos, id, patch, await tolerance()),
    'targets:override': ({ id, override }) => overrideStatus(repos, id, override),
    'targets:history': ({ id }) => targetHistory(repos, id),
    'targets:dueSoon': ({ days }) => dueSoon(repos, days),
    'targets:overdue': () => overdueWithoutEvidence(repos),
    'targets:series': ({ metricKey, entity }) => metricSeries(repos, metricKey, entity),
    'targets:export': (input) => registerFile(repos, input),
    'targets:import': ({ text, format, mode }) => importRegister(repos, text, format, { mode }),
    'targets:delete': ({ id }) => ({ deleted: deleteTarget(repos, id) }),
  };
}
