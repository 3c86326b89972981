/** What the app is and where its archive lives, for the About box and the first screen. */
import type { HandlerContext, HandlersOf } from '../handler-context';
import { systemUserName } from '../db/repositories/author';

export function appHandlers(ctx: HandlerContext): HandlersOf<'app:info'> {
  return {
    'app:info': async () => ({
      name: 'Figure Desk',
      version: ctx.version,
      transport: ctx.transport,
      dbPath: ctx.dbPath,
      stories: await ctx.repos.stores.stories.count(),
      systemLocale: ctx.systemLocale,
      systemUser: systemUserName(),
    }),
  };
}
