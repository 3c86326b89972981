/** Following and stopping the long work the jobs worker does. */
import type { ChannelsOf, HandlerContext, HandlersOf } from '../handler-context';
import { need } from '../need';

export function jobHandlers(ctx: HandlerContext): HandlersOf<ChannelsOf<'jobs'>> {
  return {
    'jobs:get': ({ jobId }) => need(ctx.jobs.get(jobId), 'job_not_found', jobId, 'jobId'),
    'jobs:cancel': ({ jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
  };
}
