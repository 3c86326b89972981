/** What every domain's handlers are given, and the types that tie them to the contract. */
import type { Channel, EventName, EventOf } from '../../shared/contract';
import type { Settings } from '../../shared/domain/settings';
import type { Repositories } from './db/repositories';
import type { PdfRenderer } from './export/pdf';
import type { Handlers } from './invoke';
import type { JobRunner } from './jobs/runner';

export interface HandlerContext {
  repos: Repositories;
  jobs: JobRunner;
  transport: 'ipc' | 'http';
  dbPath: string;
  version: string;
  systemLocale: string;
  emit<E extends EventName>(event: E, payload: EventOf<E>): void;
  /** Renders HTML to PDF: printToPDF in the app, the system Chromium elsewhere. */
  pdfRenderer?: PdfRenderer;
  /** Lets the core react to settings (the watched folder). */
  onSettingsChanged?(settings: Settings): void;
}

/** The contract's channels named `<prefix>:verb`. */
export type ChannelsOf<Prefix extends string> = Extract<Channel, `${Prefix}:${string}`>;

/** The handlers of some of the contract's channels: one domain's share of `Handlers`. */
export type HandlersOf<C extends Channel> = Pick<Handlers, C>;
