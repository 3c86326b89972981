/** Chinese metrics around a count: the noun a count names, rate words for changes, and subjects that split into several. */

/** Words for the job rather than the thing: 600万套棚改任务 counts 棚改. */
const ZH_TASK_WORD = /(?:任务|目标|工作)$/;
/** Stages of building work that make the count a count of works at that stage: 开工600万套 → 开工. */
const ZH_WORK_STAGE = /新开工|开工|竣工|完工/;
const ZH_FOLLOWING_STOP = /[，。；：、,;:！？!?（(\s]|在|将|已|上路|投入|投用|上线|开通|运营|有序|正在|启动|完成|实现|为|的|和|提供|成立|总投资|累计|达到|共有|分别|同比/y;
/** After two characters of the noun at least: a modal, a time, a verb or an adverb of progress (家族办扩展, 公共托育中心明年底会全部达标). */
const ZH_FOLLOWING_LATER_STOP = /(?<![社机协大学工都年省览展动唱员议代例晚峰庙事谈布讨易合商农全委东聚约盛宴茶集总])会|能够|今年|明年|去年|年底|年内|扩展|扩大|落户|落地|建成|完工|达标|全部|全面|基本|加快|扎实|首次|如期|也|亦|均|都|目标|稳健/y;

// 200间新的或现有的家族办: modifiers with 的, joined by 或/和/及, before the noun.
const ZH_FOLLOWING_LEAD = /^(?:以上|以下|左右|上下|之多)?(?:[或和及与]?[\u4e00-\u9fff]{1,2}的){0,3}/;

/**
 * What a count after bare verbs counts: the noun after it, without a task word, and with the stage
 * of building work the verbs name (开工600万套棚改任务 → 棚改开工; 新建3所学校 → 学校).
 */
export function zhCountedWorks(noun: string, verbs: string): string {
  const thing = noun.replace(ZH_TASK_WORD, '') || noun;
  const stage = ZH_WORK_STAGE.exec(verbs);
  if (stage && !thing.includes(stage[0])) return thing + stage[0];
  // 新增160万个直流充电枪: what is added, not how many there are; an increment is never held against a total.
  return ZH_ADDED.test(verbs) && !ZH_ADDED_START.test(thing) ? `新增${thing}` : thing;
}

/** Verbs that count what is added (新增, 净增, 累计新增) ending the words before a count. */
const ZH_ADDED = /(?:新增|净增)$/;
const ZH_ADDED_START = /^(?:新增|净增|新)/;

/** The noun after a count (10个区级重点项目有序推进 → 区级重点项目). */
export function zhFollowingNoun(folded: string, at: number): string {
  // 8万户以上群众, 200间新的家族办公室: a bound after the count, or a short modifier with 的, opens no noun.
  const lead = ZH_FOLLOWING_LEAD.exec(folded.slice(at, at + 16));
  const from = at + (lead ? lead[0].length : 0);
  let end = from;
  const limit = Math.min(folded.length, from + 14);
  // Sticky patterns tried at each character of the whole text, so a stop's lookbehind sees what stands before it (社会 is no modal 会).
  while (end < limit) {
    ZH_FOLLOWING_STOP.lastIndex = end;
    if (ZH_FOLLOWING_STOP.test(folded)) break;
    ZH_FOLLOWING_LATER_STOP.lastIndex = end;
    if (end - from >= 2 && ZH_FOLLOWING_LATER_STOP.test(folded)) break;
    end++;
  }
  return folded.slice(from, end);
}

/** Appends the rate word to a change metric: 产值 + 增长16.7% → 产值增速. */
export function zhChangeMetric(metric: string, change: 'increase' | 'decrease', unit: string): string {
  if (!metric || (unit !== '%' && unit !== '倍')) return metric;
  if (/(?:增速|增幅|增长率|涨幅|降幅|跌幅|速度|率)$/.test(metric)) return metric;
  return metric + (change === 'increase' ? '增速' : '降幅');
}

/** A percentage said of growth is a rate: 本地生产总值增长预测为3.5%至5.5% → 本地生产总值增速. */
export function zhGrowthAsRate(metric: string, unit: string): string {
  return unit === '%' && /.{2,}增长$/.test(metric) ? metric.replace(/增长$/, '增速') : metric;
}

/**
 * Subjects joined by 和/与/及/、 that one value is said of (地区生产总值和规模以上工业总产值都突破1万亿元),
 * or null when the words are one name (研究与试验发展经费) rather than a list of metrics.
 */
export function splitZhCoordination(metric: string): string[] | null {
  const parts = metric.split(/以及|和|与|及|、/);
  if (parts.length < 2 || parts.length > 4 || parts.some((p) => p.length < 2)) return null;
  return parts;
}

/**
 * Coordinated subjects before 分别 share their head noun when the earlier ones
 * are bare modifiers: 城镇、农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入,
 * 农村常住居民人均可支配收入.
 */
export function splitDistributive(subject: string, count: number): string[] | null {
  const parts = subject.split(/、|和|与|及|以及/).map((p) => p.trim()).filter(Boolean);
  if (parts.length !== count) return null;
  const last = parts[parts.length - 1]!;
  // The last subject's own modifier is as long as its nearest sibling's (第一、二、三产业 → 三 + 产业).
  // 第二、三产业: the ordinal's 第 is not part of the modifier that the bare numeral after it stands for.
  const modifier = parts[parts.length - 2]!.replace(/^第(?=[一二三四五六七八九十]$)/, '').length;
  if (parts.slice(0, -1).every((p) => p.length <= 3) && last.length >= modifier + 2) {
    const head = last.slice(modifier);
    // 第一、二、三产业: the ordinal prefix of the first applies to the bare numerals after it.
    const ordinal = /^第[一二三四五六七八九十]$/.test(parts[0]!) ? '第' : '';
    return parts.map((p, i) => {
      const own = i === parts.length - 1 ? last.slice(0, modifier) : p;
      const prefix = ordinal && /^[一二三四五六七八九十]$/.test(own) ? ordinal : '';
      return prefix + own + head;
    });
  }
  return parts;
}
