/** The editor's settings; a change reaches what the core keeps running (the watched folder). */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { changeSettings } from './change';
import { readSettings } from './index';

export function settingsHandlers(ctx: HandlerContext): HandlersOf<ChannelsOf<'settings'>> {
  return {
    'settings:get': () => readSettings(ctx.repos),
    'settings:set': async (patch) => {
      const settings = await changeSettings(ctx.repos, patch);
      ctx.onSettingsChanged?.(settings);
      return settings;
    },
  };
}
