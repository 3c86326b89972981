/**
 * The synthetic archive the check benchmark measures: a given number of stored figures
 * (ten per story, each in a sentence of the story's body) and registered targets, written
 * once by bulk insert in one transaction and kept in .bench/ for the next run.
 *
 * Metric keys follow a Zipf-like skew (exponent 0.9) over ~20,000 distinct keys, so a few
 * keys carry tens of thousands of figures as GDP does in a real archive. The commonest
 * keys are names from the indicator lexicon (so checks meet `@indicator` identities, their
 * growth and reduction keys and several raw spellings of one indicator); the rest are
 * made-up Chinese noun phrases. Targets carry what a registered target carries: a source
 * story, a quote and a stored explanation.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/connection';
import { createRepositories } from '../../electron/core/db/repositories';
import { markSearchIndexCurrent } from '../../electron/core/archive/search-upgrade';
import { rekeyTargets } from '../../electron/core/targets/rekey';
import { metricKey } from '../../electron/core/figures/metric';
import { INDICATORS, type Indicator } from '../../electron/core/metrics/lexicon/index';

/** Bump when what is generated changes, so a cached archive of the old shape is not measured. */
const GENERATION = 2;
const PER_STORY = 10;
const CHARS = '科技型企业高新技术产值收入投资增速规模工业农业服务消费零售出口进口研发经费强度合同成交额营业利润税收就业人口城镇居民可支配财政预算支出能耗排放住房建设面积产量粮食汽车电子软件信息数字经济金融存贷款旅游';
const ENTITIES = ['重庆市', '成都市', '北京市', '上海市', '武汉市', '西安市', '北碚区', '渝北区', '武侯区', '江北区', null];
/** Lexicon names among the commonest keys: a real archive's heaviest keys are GDP, CPI, investment… */
const LEXICON_KEYS = 300;

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Measure {
  unit: string;
  currency: string | null;
  change: 'level' | 'increase';
}

interface KeyDraw {
  metric: string;
  key: string;
  measure: Measure;
}

const RANDOM_MEASURES: Measure[] = [
  { unit: '家', currency: null, change: 'level' },
  { unit: '亿元', currency: 'CNY', change: 'level' },
  { unit: '%', currency: null, change: 'increase' },
  { unit: '个', currency: null, change: 'level' },
  { unit: '人', currency: null, change: 'level' },
];

/** A unit the indicator takes, so its figures key as the indicator. */
function measureOf(indicator: Indicator): Measure {
  const level = (unit: string): Measure => ({ unit, currency: null, change: 'level' });
  switch (indicator.unitClass) {
    case 'money':
      return { unit: '亿元', currency: 'CNY', change: 'level' };
    case 'percent':
      return { unit: '%', currency: null, change: indicator.measure === 'growth_rate' ? 'increase' : 'level' };
    case 'mass':
      return level('吨');
    case 'area':
      return level('亩');
    case 'energy':
      return level('千瓦时');
    case 'power':
      return level('千瓦');
    case 'length':
      return level('公里');
    case 'duration':
      return level('天');
    case 'volume':
      return level('立方米');
    case 'concentration':
      return level('微克/立方米');
    default:
      return level('家');
  }
}

function drawKeys(count: number, random: () => number): KeyDraw[] {
  const out: KeyDraw[] = [];
  const seen = new Set<string>();
  const add = (metric: string, measure: Measure) => {
    const key = metricKey(metric);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ metric, key, measure });
  };
  for (const indicator of INDICATORS.filter((i) => i.zh.length).slice(0, LEXICON_KEYS)) add(indicator.zh[0]!, measureOf(indicator));
  while (out.length < count) {
    const len = 4 + Math.floor(random() * 5);
    let metric = '';
    for (let i = 0; i < len; i++) metric += CHARS[Math.floor(random() * CHARS.length)];
    add(metric, RANDOM_MEASURES[metric.length % RANDOM_MEASURES.length]!);
  }
  // Lexicon names first, then made-up ones, in a shuffled order so the skew mixes the two.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Picks keys with a Zipf-like skew (exponent 0.9): the commonest carries a few percent of all figures. */
function skewedPicker(keys: KeyDraw[], random: () => number): () => KeyDraw {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < keys.length; i++) cumulative.push((total += 1 / (i + 1) ** 0.9));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return keys[lo]!;
  };
}

const KINDS = ['actual', 'actual', 'actual', 'projection', 'target', 'other'] as const;
const VERBS: Record<(typeof KINDS)[number], string> = { actual: '达到', projection: '预计达到', target: '力争达到', other: '为' };

async function buildArchive(dbPath: string, figureCount: number, targetCount: number, log: (line: string) => void): Promise<void> {
  for (const p of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(p, { force: true });
  const random = rng(42);
  const keys = drawKeys(Math.min(20_000, Math.max(100, Math.floor(figureCount / 50))), random);
  const pickKey = skewedPicker(keys, random);
  const db = openDatabase(dbPath);
  const repos = createRepositories(db);
  try {
    const publicationId = repos.publications.idFor('重庆日报');
    const insertStory = db
      .prepare(`INSERT INTO stories (publication_id, date, headline, body, genre, language, content_hash, created_at, updated_at)
        VALUES (?, ?, ?, ?, 'news', 'zh', ?, '', '') RETURNING id`)
      .pluck();
    const insertFigure = db.prepare(`
      INSERT INTO figures (story_id, start_offset, end_offset, quote, value, unit, currency, qualifier, kind, change, metric, metric_key,
        entity, period_from, period_to, period_label, confidence, rule, cues_json, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'eq', ?, ?, ?, ?, ?, ?, ?, ?, 0.9, 'bench', ?, '', '')`);
    const insertTarget = db.prepare(`
      INSERT INTO targets (metric, metric_key, match_key, entity, value, unit, currency, change, comparator, direction, tolerance, accumulation,
        period_from, period_to, period_label, deadline, source_story_id, source_headline, source_date, quote, status, computed_status,
        explanation_json, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'gte', 'floor', 0.05, 'stock', ?, ?, ?, ?, ?, ?, ?, ?, 'not_due', 'not_due', ?, '', '')`);
    const stories = Math.ceil(figureCount / PER_STORY);
    const storyDates: string[] = [];
    const t0 = performance.now();
    db.transaction(() => {
      for (let s = 0; s < stories; s++) {
        // Ten years of reporting, oldest first, so ids and dates rise together as imports make them.
        const y = 2014 + Math.floor((s / stories) * 11);
        const date = `${y}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
        storyDates.push(date);
        const rows: unknown[][] = [];
        let body = '';
        for (let f = 0; f < PER_STORY && s * PER_STORY + f < figureCount; f++) {
          const { metric, key, measure } = pickKey();
          const kind = KINDS[Math.floor(random() * KINDS.length)]!;
          const entity = ENTITIES[Math.floor(random() * ENTITIES.length)]!;
          const py = y - (random() < 0.3 ? 1 : 0);
          const value = Math.round(random() * 100000) / 10;
          const quote = `${value}${measure.unit}`;
          const lead = `${entity ?? ''}${metric}${VERBS[kind]}`;
          const start = body.length + lead.length;
          body += `${lead}${quote}，比上年有所变化。`;
          const cues = kind === 'target' ? '["力争"]' : '[]';
          rows.push([start, start + quote.length, quote, value, measure.unit, measure.currency, kind, measure.change, metric, key, entity, `${py}-01-01`, `${py}-12-31`, `${py}年`, cues]);
        }
        const storyId = insertStory.get(publicationId, date, `第${s + 1}篇报道`, body, `bench-${s}`) as number;
        for (const row of rows) insertFigure.run(storyId, ...row);
        if ((s + 1) % 20_000 === 0) log(`  ${((s + 1) * PER_STORY).toLocaleString('en')} figures`);
      }
      for (let i = 0; i < targetCount; i++) {
        const { metric, key, measure } = pickKey();
        const y = 2014 + Math.floor(random() * 11);
        const sourceStory = 1 + Math.floor(random() * stories);
        const value = Math.round(random() * 100000) / 10;
        const explanation = JSON.stringify({ code: 'not_due', zh: `期限${y}-12-31未到`, en: `Not due until ${y}-12-31` });
        insertTarget.run(metric, key, key, ENTITIES[Math.floor(random() * 10)]!, value, measure.unit, measure.currency, measure.change,
          `${y}-01-01`, `${y}-12-31`, `${y}年`, `${y}-12-31`, sourceStory, `第${sourceStory}篇报道`, storyDates[sourceStory - 1]!, `${metric}力争达到${value}${measure.unit}`, explanation);
      }
    }).immediate();
    log(`  bulk insert: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Targets keyed as the register keys them; the search index and backups as a settled archive has them.
    await rekeyTargets(repos);
    await markSearchIndexCurrent(repos);
    await repos.stores.settings.set('backupEvery', 'off');
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** The cached archive's path, written first when it is not there yet. */
export async function checkArchive(figureCount: number, targetCount: number, log: (line: string) => void): Promise<{ dbPath: string; builtSeconds: number | null }> {
  const dir = join(process.cwd(), '.bench');
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, `check-${figureCount}f-${targetCount}t-g${GENERATION}.db`);
  const marker = `${dbPath}.complete`;
  if (existsSync(marker)) return { dbPath, builtSeconds: null };
  log(`writing an archive of ${figureCount.toLocaleString('en')} figures and ${targetCount.toLocaleString('en')} targets by bulk insert (once; kept in .bench/)…`);
  const t0 = performance.now();
  await buildArchive(dbPath, figureCount, targetCount, log);
  writeFileSync(marker, new Date().toISOString());
  return { dbPath, builtSeconds: (performance.now() - t0) / 1000 };
}
