/**
 * Browser mode never takes a path on this machine from the page: the page is untrusted (an
 * injected script would turn a `path` source into arbitrary file reads), and it never needs
 * one, since the bridge takes uploads and returns downloads. These are the inputs of the
 * contract that name a server-side file or folder; the desktop app and the CLI keep them.
 */
import type { Channel } from '../../shared/contract';

export interface ServerPathRule {
  channel: Channel;
  /** Where in the input the path sits, as the refusal names it. */
  field: string;
  /** Whether this input names a path (a null that switches a path off is fine). */
  names(input: unknown): boolean;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const pathSource = (input: unknown): boolean => {
  const sources = record(input).sources;
  return Array.isArray(sources) && sources.some((source) => record(source).kind === 'path');
};

export const SERVER_PATH_RULES: readonly ServerPathRule[] = [
  { channel: 'archive:import', field: 'sources[].path', names: pathSource },
  { channel: 'archive:preview', field: 'sources[].path', names: pathSource },
  { channel: 'figures:read', field: 'sources[].path', names: pathSource },
  { channel: 'settings:set', field: 'watchFolder', names: (input) => typeof record(input).watchFolder === 'string' },
];

/** The rule an input breaks, if it names a server-side path. */
export function serverPathIn(channel: string, input: unknown): ServerPathRule | null {
  return SERVER_PATH_RULES.find((rule) => rule.channel === channel && rule.names(input)) ?? null;
}
