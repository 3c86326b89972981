import {
  ScaffoldItem,
  ScaffoldOptions,
  type CitationAttrs,
  type DraftLanguage,
  type ScaffoldEvidence,
  type ScaffoldResult,
  type ScaffoldTarget,
} from '../../../shared/domain/draft';
import { formatEn, formatZh } from '../targets/format';
import { cite, doc, heading, paragraph, table, type Inline } from './build';

type Item = { target: ScaffoldTarget; evidence: ScaffoldEvidence[] };
type Status = ScaffoldTarget['status'];

const STATUS: Record<Status, { zh: string; en: string }> = {
  not_due: { zh: '未到期', en: 'not yet due' },
  on_track: { zh: '进度正常', en: 'on track' },
  off_track: { zh: '进度落后', en: 'behind schedule' },
  met: { zh: '已完成', en: 'met' },
  missed: { zh: '未完成', en: 'missed' },
  revised: { zh: '已调整', en: 'revised' },
  unclear: { zh: '尚难判断', en: 'unclear' },
};

const EN_UNITS: Record<string, string> = { 元: ' yuan', 美元: ' US dollars', 人: ' people', 吨: ' tonnes', 家: ' firms', 个: '', 项: '' };

export function dateZh(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function dateEn(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

function amount(value: number, unit: string, lang: DraftLanguage): string {
  if (lang === 'zh-CN') {
    const n = formatZh(value, unit);
    return unit === '%' || unit === '个百分点' ? n : `${n}${unit}`;
  }
  const n = formatEn(value, unit);
  if (unit === '%' || unit === '个百分点' || unit === 'pp' || unit === 'percentage points') return n;
  if (unit in EN_UNITS) return `${n}${EN_UNITS[unit]}`;
  return /[\u3400-\u9fff]/.test(unit) ? n : `${n} ${unit}`;
}

export function targetText(t: ScaffoldTarget, lang: DraftLanguage): string {
  const v = amount(t.value, t.unit, lang);
  const max = t.valueMax != null ? amount(t.valueMax, t.unit, lang) : null;
  if (lang === 'zh-CN') {
    switch (t.comparator) {
      case 'gt': return `超过${v}`;
      case 'gte': return `不低于${v}`;
      case 'lt': return `低于${v}`;
      case 'lte': return `不超过${v}`;
      case 'approx': return `${v}左右`;
      case 'range': return max ? `${v}—${max}` : v;
      default: return v;
    }
  }
  switch (t.comparator) {
    case 'gt': return `more than ${v}`;
    case 'gte': return `at least ${v}`;
    case 'lt': return `less than ${v}`;
    case 'lte': return `no more than ${v}`;
    case 'approx': return `about ${v}`;
    case 'range': return max ? `${v} to ${max}` : v;
    default: return v;
  }
}

function label(story: { headline: string; date: string | null; publication: string | null }, lang: DraftLanguage): string {
  if (lang === 'zh-CN') return [story.publication ?? '', dateZh(story.date), `《${story.headline}》`].filter(Boolean).join(' ');
  return [story.publication ?? '', dateEn(story.date), `“${story.headline}”`].filter(Boolean).join(', ');
}

function sourceCitation(t: ScaffoldTarget): CitationAttrs | null {
  if (!t.sourceStory) return null;
  return {
    storyId: t.sourceStory.id,
    figureId: t.sourceFigureId ?? null,
    targetId: t.id ?? null,
    label: '',
    snapshot: { quote: t.quote, value: t.value, unit: t.unit, status: t.status },
  };
}

function evidenceCitation(e: ScaffoldEvidence, lang: DraftLanguage): CitationAttrs {
  return { storyId: e.storyId, figureId: e.figureId, label: label(e, lang), snapshot: { quote: e.quote, value: e.value, unit: e.unit } };
}

/** Only the desk's own publications (Settings → our paper) are 本报 / this paper; every other outlet is named. */
function isOurs(pub: string | null, own: readonly string[]): boolean {
  return pub !== null && own.includes(pub);
}

/** Who reported it, as a reader should see it: 本报, the outlet by name, or, when nobody is known, just the date. */
function reportedBy(pub: string | null, date: string | null, own: readonly string[], lang: DraftLanguage): string {
  if (lang === 'zh-CN') {
    if (pub === null) return date ? `据${dateZh(date)}的报道，` : '据此前报道，';
    return `据${isOurs(pub, own) ? '本报' : `《${pub}》`}${dateZh(date)}报道，`;
  }
  if (pub === null) return date ? `As reported on ${dateEn(date)}, ` : 'As reported earlier, ';
  const who = isOurs(pub, own) ? 'this paper' : pub;
  return date ? `As ${who} reported on ${dateEn(date)}, ` : `As ${who} reported, `;
}

/** What a reading is about, in words: 2022年, 2023年3月, 2022年12月31日, or from … to …. */
export function periodText(period: { from: string; to: string } | null | undefined, lang: DraftLanguage): string {
  if (!period) return '';
  const { from, to } = period;
  const zh = lang === 'zh-CN';
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(ty!, tm!, 0)).getUTCDate();
  if (from === to) return zh ? dateZh(from) : dateEn(from);
  if (from.endsWith('-01-01') && to.endsWith('-12-31')) {
    return fy === ty ? (zh ? `${fy}年` : `${fy}`) : zh ? `${fy}—${ty}年` : `${fy}–${ty}`;
  }
  if (from.endsWith('-01') && td === lastDay && fy === ty && fm === tm) return zh ? `${fy}年${fm}月` : `${MONTHS[fm! - 1]} ${fy}`;
  return zh ? `${dateZh(from)}至${dateZh(to)}` : `${dateEn(from)} to ${dateEn(to)}`;
}

/** The outlets of the sources, for the lede: 本报 when all are ours, the one outlet by name, else none. */
function sourcesBy(sources: Array<{ publication: string | null }>, own: readonly string[]): { zh: string; en: string } | null {
  const pubs = [...new Set(sources.map((s) => s.publication))];
  if (pubs.length !== 1) return null;
  const pub = pubs[0]!;
  if (pub === null) return null;
  return isOurs(pub, own) ? { zh: '本报', en: 'this paper' } : { zh: `《${pub}》`, en: pub };
}

function yearLabel(items: Item[], today: string | undefined): { zh: string; en: string } {
  const years = new Set(items.map((i) => i.target.deadline?.slice(0, 4)).filter((y): y is string => !!y));
  if (years.size !== 1) return { zh: '', en: '' };
  const year = [...years][0]!;
  const now = today ? Number(today.slice(0, 4)) : null;
  if (now !== null && Number(year) === now - 1) return { zh: '去年', en: 'last year' };
  if (now !== null && Number(year) === now) return { zh: '今年', en: 'this year' };
  return { zh: `${year}年`, en: year };
}

/** The one place or body every target was set by; none when any differs or is unknown. */
function commonEntity(items: Item[]): string | null {
  const entities = new Set(items.map((i) => i.target.entity));
  const only = entities.size === 1 ? [...entities][0]! : null;
  return only || null;
}

/** Who set a target, for grouping a follow-up: its place or body, else the outlet that reported it. */
function setterOf(t: ScaffoldTarget, lang: DraftLanguage): string {
  if (t.entity) return t.entity;
  const pub = t.sourceStory?.publication;
  if (pub) return lang === 'zh-CN' ? `《${pub}》报道的目标` : `Targets reported by ${pub}`;
  return lang === 'zh-CN' ? '其他目标' : 'Other targets';
}

export interface FollowUpOptions extends ScaffoldOptions {
  /** The desk's own papers (Settings → our paper): only their stories are cited as 本报 / this paper. */
  ownPublications?: readonly string[];
}

/**
 * A follow-up story skeleton from targets and their evidence: headline suggestion, lede,
 * a table (metric, target, latest evidence, status, arithmetic) and a paragraph per
 * target citing where it was reported. Plain input so it can be fed from the register,
 * a CSV or a test.
 */
export function scaffoldFollowUp(input: ScaffoldItem[], language: DraftLanguage, options: FollowUpOptions = {}): ScaffoldResult {
  const items: Item[] = input.map((i) => ScaffoldItem.parse(i));
  const opts = { ...ScaffoldOptions.parse(options), ownPublications: options.ownPublications ?? [] };
  const zh = language === 'zh-CN';
  const n = items.length;
  const count = (s: Status) => items.filter((i) => i.target.status === s).length;
  const met = count('met');
  const entity = commonEntity(items);
  const year = yearLabel(items, opts.today);
  const topic = opts.topic ?? '';

  const title = zh
    ? `${year.zh}目标完成几何？${entity ?? ''}${n}项${topic}指标${met}项完成`
    : `${entity ? `${entity} met` : 'Met'} ${met} of ${n} ${topic ? `${topic} ` : ''}targets${year.en ? ` set for ${year.en}` : ''}`;

  const sources = [...new Map(items.filter((i) => i.target.sourceStory).map((i) => [i.target.sourceStory!.id, i.target.sourceStory!])).values()];
  const latest = items
    .flatMap((i) => i.evidence.slice(0, 1))
    .map((e) => e.date)
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  const tally = (['met', 'missed', 'on_track', 'off_track', 'not_due', 'revised', 'unclear'] as Status[])
    .map((s) => [s, count(s)] as const)
    .filter(([, c]) => c > 0);

  const lede: Array<Inline | string> = [];
  const by = sourcesBy(sources, opts.ownPublications);
  if (zh) {
    const src = sources.length === 1 ? `${dateZh(sources[0]!.date)}，${by ? by.zh : ''}报道` : `${by ? by.zh : ''}此前报道`;
    lede.push(`${src}${entity ?? ''}提出${n}项${topic}目标。`);
    lede.push(`${latest ? `截至${dateZh(latest)}` : '目前'}，` + tally.map(([s, c]) => `${c}项${STATUS[s].zh}`).join('，') + '。');
  } else {
    const src =
      sources.length === 1 && sources[0]!.date
        ? `On ${dateEn(sources[0]!.date)} ${by ? by.en : 'it was'} reported`
        : by
          ? `${by.en.charAt(0).toUpperCase()}${by.en.slice(1)} has reported`
          : 'Earlier reporting gave';
    lede.push(`${src} ${n} ${topic ? `${topic} ` : ''}targets${entity ? ` set by ${entity}` : ''}. `);
    lede.push(`${latest ? `As of ${dateEn(latest)}` : 'So far'}, ` + tally.map(([s, c]) => `${c} ${STATUS[s].en}`).join(', ') + '.');
  }

  const header = zh ? ['指标', '目标', '最新数据', '状态', '计算'] : ['Metric', 'Target', 'Latest evidence', 'Status', 'Arithmetic'];
  const rows = items.map(({ target: t, evidence }) => {
    const e = evidence[0];
    const about = periodText(e?.period, language);
    const when = e ? [about && (zh ? `${about}的数字` : `for ${about}`), e.date && (zh ? `${dateZh(e.date)}发表` : `published ${dateEn(e.date)}`)].filter(Boolean).join(zh ? '，' : ', ') : '';
    const ev = e ? `${amount(e.value, e.unit, language)}${when ? (zh ? `（${when}）` : ` (${when})`) : ''}` : zh ? '暂无' : 'none yet';
    return [
      [`${t.entity && t.entity !== entity ? t.entity : ''}${t.metric}`],
      [targetText(t, language)],
      [ev],
      [zh ? STATUS[t.status].zh : STATUS[t.status].en],
      [t.explanation ? (zh ? t.explanation.zh : t.explanation.en) : ''],
    ];
  });

  const paragraphFor = ({ target: t, evidence }: Item) => {
    const parts: Array<Inline | string> = [];
    const c = sourceCitation(t);
    if (c && t.sourceStory) {
      c.label = label(t.sourceStory, language);
      parts.push(reportedBy(t.sourceStory.publication, t.sourceStory.date, opts.ownPublications, language));
      if (zh) parts.push(`${t.entity ?? ''}${t.metric}的目标是${targetText(t, language)}：`, cite(`“${t.sentence ?? t.quote}”`, c), zh && /[。！？]$/.test(t.sentence ?? '') ? '' : '。');
      else parts.push(`the target for ${t.metric} was ${targetText(t, language)}: `, cite(`“${t.sentence ?? t.quote}”`, c), /[.!?]$/.test(t.sentence ?? '') ? '' : '.');
    } else {
      parts.push(zh ? `${t.entity ?? ''}${t.metric}的目标是${targetText(t, language)}。` : `The target for ${t.metric} was ${targetText(t, language)}.`);
    }
    const e = evidence[0];
    if (e) {
      const when = zh ? dateZh(e.date) : dateEn(e.date);
      const who = e.publication === null ? (zh ? '' : 'a report') : isOurs(e.publication, opts.ownPublications) ? (zh ? '本报' : 'this paper') : zh ? `《${e.publication}》` : e.publication;
      const about = periodText(e.period, language);
      const quoted = cite(`“${e.sentence ?? e.quote}”`, evidenceCitation(e, language));
      if (zh) parts.push(`${when || '最新'}${who}报道${about ? `${about}的情况` : ''}：`, quoted, /[。！？]$/.test(e.sentence ?? '') ? '' : '。');
      else parts.push(` ${when ? `On ${when}` : 'Most recently'}, ${who} reported${about ? ` for ${about}` : ''}: `, quoted, /[.!?]$/.test(e.sentence ?? '') ? '' : '.');
    }
    const verdict = zh ? STATUS[t.status].zh : STATUS[t.status].en;
    const why = t.explanation ? (zh ? t.explanation.zh : t.explanation.en) : '';
    parts.push(zh ? `判断：${verdict}。${why}` : ` Status: ${verdict}. ${why}`.trimEnd());
    return paragraph(...parts);
  };
  // A follow-up of promises by several setters (重庆 and the UK) is read setter by setter.
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = setterOf(item.target, language);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const body = groups.size > 1 ? [...groups].flatMap(([setter, of]) => [heading(3, setter), ...of.map(paragraphFor)]) : items.map(paragraphFor);

  return {
    title,
    doc: doc(heading(1, title), paragraph(...lede), table(header.map((h) => [h]), rows), heading(2, zh ? '逐项核对' : 'Target by target'), ...body),
  };
}
