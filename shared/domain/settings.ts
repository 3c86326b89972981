import { z } from 'zod';
import { AnnotationTypeList, DEFAULT_ANNOTATION_TYPES } from './annotation';

export const Locale = z.enum(['zh-CN', 'en']);
export type Locale = z.infer<typeof Locale>;

/** The next steps the first screen of a new archive offers (import a page, track a figure, check a story). */
export const FirstStep = z.enum(['import', 'track', 'check']);
export type FirstStep = z.infer<typeof FirstStep>;

export const ThemePreference = z.enum(['system', 'light', 'dark']);

export const Settings = z.object({
  /** null: follow the system language. */
  locale: Locale.nullable(),
  theme: ThemePreference,
  /** The city that 我市/全市/本市 mean, per publication name. */
  publicationCities: z.record(z.string(), z.string()),
  /** Default tolerance for 左右/about targets, as a fraction (0.05 = 5%). */
  /**
   * Approximate targets (左右, about): met on the indicator's good side, or short of the target by at
   * most this share of its value. 10%: planners set growth and rate targets in half-point steps
   * (5%, 5.5%, 6%), so a reading within half a step of 5% (from 4.5%) is "about 5%", and one
   * further off would have been announced as the next step down.
   */
  approxTolerance: z.number().min(0).max(1),
  /** A folder whose new files are imported on their own (desktop only). */
  watchFolder: z.string().nullable(),
  /** Highlight types for annotations (verified, disputed, needs source, note…), editable. */
  annotationTypes: AnnotationTypeList,
  /**
   * Who is working: recorded on audit entries, confirmations, annotations and draft versions. '' = the computer's user name.
   * No zod default here or below: `settings:set` takes `Settings.partial()`, and a default there would write '' over the
   * saved name whenever another setting changes (DEFAULT_SETTINGS fills what was never saved).
   */
  editorName: z.string().trim().max(80),
  /** 本报 / our paper: the publications whose reporting is the desk's own; every other outlet is named. */
  ownPublications: z.array(z.string().trim().min(1).max(80)).max(20),
  /** Automatic rolling backups of the archive while the app runs. */
  backupEvery: z.enum(['off', 'daily', 'weekly']),
  /** How many rolling backups to keep; older ones are deleted. */
  backupKeep: z.number().int().min(1).max(100),
  /** Where rolling backups go; null: a `backups` folder beside the archive (desktop only). */
  backupFolder: z.string().nullable(),
  /** First-run steps the editor has taken (or dismissed); they are not offered again. */
  firstStepsDone: z.array(FirstStep).max(3),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  theme: 'system',
  publicationCities: { 重庆日报: '重庆', 成都日报: '成都', 北京日报: '北京', 解放日报: '上海' },
  approxTolerance: 0.1,
  watchFolder: null,
  annotationTypes: DEFAULT_ANNOTATION_TYPES,
  editorName: '',
  ownPublications: [],
  backupEvery: 'daily',
  backupKeep: 7,
  backupFolder: null,
  firstStepsDone: [],
};
