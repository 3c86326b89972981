/** 分别 / 'respectively': a list of values shares out a list of subjects, one each. */
import { cleanEnMetric, cleanZhMetric, splitDistributive, zhChangeMetric } from './metric';
import type { Span } from './segment';
import type { Working } from './working';

/** The subjects a 分别 list gave, in its sentence, and where its last value ends. */
interface ListParts {
  sentence: Span;
  parts: string[];
  end: number;
}

/** 「A、B分别增长55.9%、34.4%」: each value takes its own subject, in order. */
export function applyDistributive(works: Working[], folded: string, language: 'zh' | 'en'): void {
  // The last 分别 list in a sentence: a second 分别 with no subject of its own repeats its subjects
  // (第一、二、三产业增加值分别为…，分别增长…).
  let lastParts = null as ListParts | null;
  for (let i = 0; i < works.length; i++) {
    const w = works[i]!;
    const chain = [w];
    for (let j = i + 1; j < works.length; j++) {
      const gap = folded.slice(chain[chain.length - 1]!.raw.end, works[j]!.raw.start);
      if (!/^\s*(?:[、,，]|和|与|及|and|,\s*and)\s*$/.test(gap)) break;
      chain.push(works[j]!);
    }
    if (chain.length < 2) continue;
    let subject: string | null = null;
    let parts: string[] | null = null;
    if (language === 'zh') {
      const head = folded.slice(w.sentence.start, w.raw.start);
      const at = head.lastIndexOf('分别');
      // A、B、C分别由2015年的x、y、z下降到2019年的p、q、r: the second list of the same subjects, where they went.
      const previous: ListParts | null = lastParts && lastParts.sentence === w.sentence && lastParts.parts.length === chain.length ? lastParts : null;
      if (previous && ZH_SECOND_LIST.test(folded.slice(previous.end, w.raw.start))) {
        assignParts(chain, w, previous.parts, language);
        lastParts = { ...previous, end: chain[chain.length - 1]!.raw.end };
        i += chain.length - 1;
        continue;
      }
      // 分别是2018年的1.4倍和1.6倍, 分别由2015年的…: a comparison base or a starting year may sit between 分别 and the values.
      if (at < 0 || (at < head.length - 8 && !/^分别(?:是|为|相当于|由|从)\d{4}年(?:末|底)?的?$/.test(head.slice(at)))) continue;
      // Mainland wire copy often sets ASCII commas in Chinese text (…将大致保持温和,预测全年…分别维持在…).
      const clauseStart = Math.max(...['，', '；', '：', '。', ',', ';', ':'].map((p) => head.lastIndexOf(p, at))) + 1;
      subject = cleanZhMetric(head.slice(clauseStart, at), []);
      const sameSentence: string[] | null = lastParts && lastParts.sentence === w.sentence && lastParts.parts.length === chain.length ? lastParts.parts : null;
      parts = subject ? splitDistributive(subject, chain.length) : null;
      // 占规模以上工业的比重分别为…: the share of each subject of the list before it.
      if (subject.startsWith('占') && sameSentence) parts = sameSentence.map((p) => p + subject);
      if (!subject && sameSentence) parts = sameSentence;
      // 城镇…达到31250元，农村…达到18960元，分别是…: the subjects are the figures just before.
      if (!subject && !parts) {
        const before = works.slice(Math.max(0, i - chain.length), i);
        if (before.length === chain.length && before.every((b) => b.sentence === w.sentence && b.baseMetric)) parts = before.map((b) => b.baseMetric);
      }
    } else {
      const tail = folded.slice(chain[chain.length - 1]!.raw.end, chain[chain.length - 1]!.raw.end + 20);
      if (!/^,?\s*respectively/i.test(tail)) continue;
      subject = cleanEnMetric(folded.slice(w.clause.start, w.raw.start), []);
      parts = subject.split(/,\s*|\s+and\s+/).filter(Boolean);
    }
    if (!parts || parts.length !== chain.length) {
      // 分别提高0.5、1.2和0.3个百分点: even without subjects, the change word applies to every value.
      if (language === 'zh') for (const c of chain) if (c !== w && c.raw.change === 'level') c.raw.change = w.raw.change;
      continue;
    }
    const got: string[] = parts;
    if (language === 'zh') lastParts = { sentence: w.sentence, parts: got, end: chain[chain.length - 1]!.raw.end };
    assignParts(chain, w, got, language);
    i += chain.length - 1;
  }
}

/** …下降到2019年的, …提高至2025年末的: the words between a first list of values and a second of the same subjects. */
const ZH_SECOND_LIST = /^\s*(?:分别)?(?:下降|上升|提高|降低|增加|减少|增长|提升|回落)?(?:到|至)\s*\d{4}年(?:末|底)?的?\s*$/;

function assignParts(chain: Working[], w: Working, parts: string[], language: 'zh' | 'en'): void {
  chain.forEach((c, k) => {
    if (c !== w && c.raw.change === 'level') c.raw.change = w.raw.change;
    c.baseMetric = parts[k]!;
    c.metric = language === 'zh' && c.raw.change !== 'level' ? zhChangeMetric(c.baseMetric, c.raw.change, c.raw.unit) : c.baseMetric;
    c.raw.cues.push(language === 'zh' ? '分别' : 'respectively');
  });
}
