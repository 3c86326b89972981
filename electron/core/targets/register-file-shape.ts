/**
 * What a JSON register file must be before its targets are read: the object Figure Desk
 * writes on Targets → Export → JSON. A file of another shape (a bare list, `{}`, another
 * program's JSON, a newer export) is refused as a whole with one coded reason that says
 * what was found and what to do, rather than as a problem with "target 1".
 */
import { coreFailure, type CoreErrorReason } from '../../../shared/core-errors';

type Json = unknown;

interface ShapeRule {
  /** What the rule finds wrong, named for the reason it gives. */
  reason: CoreErrorReason;
  wrong: (doc: Json) => boolean;
  params?: (doc: Json) => Record<string, string | number>;
}

const isObject = (doc: Json): doc is Record<string, unknown> => typeof doc === 'object' && doc !== null && !Array.isArray(doc);

/** Tried in order: the first whose `wrong` holds is what the editor is told. */
export const REGISTER_FILE_SHAPE_RULES: readonly ShapeRule[] = [
  { reason: 'register_json_list', wrong: (doc) => Array.isArray(doc) },
  { reason: 'register_json_value', wrong: (doc) => !isObject(doc) },
  { reason: 'register_json_not_export', wrong: (doc) => isObject(doc) && doc.format !== 'figure-desk-targets' },
  {
    reason: 'register_json_version',
    wrong: (doc) => isObject(doc) && doc.version !== 1,
    params: (doc) => ({ version: isObject(doc) ? JSON.stringify(doc.version ?? null) : 'null' }),
  },
  { reason: 'register_json_no_targets', wrong: (doc) => isObject(doc) && !Array.isArray(doc.targets) },
];

/** The export's list of targets; throws the first rule's reason (invalid_input) when the file is not the export. */
export function registerExportTargets(doc: Json): unknown[] {
  const broken = REGISTER_FILE_SHAPE_RULES.find((rule) => rule.wrong(doc));
  if (broken) throw coreFailure('invalid_input', broken.reason, broken.params?.(doc) ?? {});
  return (doc as { targets: unknown[] }).targets;
}
