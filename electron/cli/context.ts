/** What every command is given: its words and flags, the contract to call, and where to print. */
import type { z } from 'zod';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Repositories } from '../core/db/repositories';
import type { JobRunner } from '../core/jobs/runner';
import { CLI_OUTPUT, type CliShape } from './output';
import type { CliValues } from './options';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext extends Io {
  /** The words after the command. */
  args: string[];
  values: CliValues;
  json: boolean;
  dbPath: string;
  /** The archive itself, for the commands that copy or replace its file (backup, restore, export-all, import-all). */
  repos: Repositories;
  jobs: JobRunner;
  /** A contract channel through invoke(): its output, or its error thrown as an AppFailure. */
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** `data` as the command's documented shape with --json, else what `human` says. */
  print<S extends CliShape>(shape: S, data: z.input<(typeof CLI_OUTPUT)[S]>, human: () => string): void;
}

export function printer(json: boolean, io: Io): CliContext['print'] {
  return (shape, data, human) => io.out(json ? `${JSON.stringify(CLI_OUTPUT[shape].parse(data), null, 2)}\n` : human());
}
