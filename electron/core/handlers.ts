/**
 * Every contract channel's handler, composed from the domains that own them: each
 * `electron/core/<domain>/handlers.ts` maps its channels onto that domain's services.
 * The type makes a channel the contract names and no domain answers a compile error.
 */
import type { HandlerContext } from './handler-context';
import type { Handlers } from './invoke';
import { annotationHandlers } from './annotations/handlers';
import { appHandlers } from './app/handlers';
import { archiveHandlers } from './archive/handlers';
import { backupHandlers } from './backup/handlers';
import { checkHandlers } from './check/handlers';
import { draftHandlers } from './drafts/handlers';
import { exportHandlers } from './export/handlers';
import { figureHandlers } from './figures/handlers';
import { importHandlers } from './imports/handlers';
import { lexiconHandlers } from './indicators/handlers';
import { jobHandlers } from './jobs/handlers';
import { settingsHandlers } from './settings/handlers';
import { targetHandlers } from './targets/handlers';

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...archiveHandlers(ctx),
    ...importHandlers(ctx),
    ...jobHandlers(ctx),
    ...backupHandlers(ctx),
    ...figureHandlers(ctx),
    ...targetHandlers(ctx),
    ...checkHandlers(ctx),
    ...annotationHandlers(ctx),
    ...draftHandlers(ctx),
    ...exportHandlers(ctx),
    ...settingsHandlers(ctx),
    ...lexiconHandlers(ctx),
  };
}
