import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorAnnotation, quoteAt, similarity } from '../../../electron/core/annotations/anchor';

const BODY =
  '2月23日，2023年全市科技创新工作会议召开。今年我市将力争全市研发经费投入强度2.35%左右，科技型企业超过4.8万家、高新技术企业突破7000家。\n' +
  '会议提出，高新技术企业突破7000家是硬任务。';

function selectorsFor(body: string, exact: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = body.indexOf(exact, at + 1);
  return { quote: quoteAt(body, at, at + exact.length), position: { start: at, end: at + exact.length } };
}

describe('anchorAnnotation', () => {
  it('keeps the stored position while the exact text is still there', () => {
    const s = selectorsFor(BODY, '科技型企业超过4.8万家');
    expect(anchorAnnotation(BODY, s)).toEqual({ ...s.position, orphaned: false, method: 'position', score: 1 });
  });

  it('keeps 32 characters of context either side', () => {
    const s = selectorsFor(BODY, '2.35%左右');
    expect(s.quote.prefix).toHaveLength(32);
    expect(BODY.slice(s.position.start - 32, s.position.start)).toBe(s.quote.prefix);
    expect(s.quote.suffix).toBe(BODY.slice(s.position.end, s.position.end + 32));
  });

  it('follows the quote when text is inserted before it', () => {
    const s = selectorsFor(BODY, '科技型企业超过4.8万家');
    const edited = '【编者按】本文有更新。\n' + BODY;
    const r = anchorAnnotation(edited, s);
    expect(r.method).toBe('quote');
    expect(edited.slice(r.start, r.end)).toBe('科技型企业超过4.8万家');
  });

  it('picks the occurrence whose context matches when the quote appears twice', () => {
    const second = selectorsFor(BODY, '高新技术企业突破7000家', 1);
    const edited = BODY.replace('2月23日，', '2月23日上午，');
    const r = anchorAnnotation(edited, second);
    expect(r.method).toBe('quote');
    expect(r.start).toBe(edited.lastIndexOf('高新技术企业突破7000家'));
    const first = selectorsFor(BODY, '高新技术企业突破7000家', 0);
    expect(anchorAnnotation(edited, first).start).toBe(edited.indexOf('高新技术企业突破7000家'));
  });

  it('anchors a reworded quote by approximate match', () => {
    const s = selectorsFor(BODY, '今年我市将力争全市研发经费投入强度2.35%左右');
    const edited = BODY.replace('今年我市将力争全市研发经费投入强度2.35%左右', '今年全市将力争研发经费投入强度达2.4%左右');
    const r = anchorAnnotation(edited, s);
    expect(r.method).toBe('fuzzy');
    expect(r.orphaned).toBe(false);
    expect(r.score).toBeGreaterThanOrEqual(0.7);
    const found = edited.slice(r.start, r.end);
    expect(found).toContain('研发经费投入强度达2.4%');
    expect(similarity(found, s.quote.exact)).toBeGreaterThanOrEqual(0.7);
  });

  it('orphans an annotation whose text is gone, keeping its old offsets', () => {
    const s = selectorsFor(BODY, '科技型企业超过4.8万家');
    const edited = BODY.replace('科技型企业超过4.8万家、', '');
    expect(anchorAnnotation(edited, s)).toEqual({ start: s.position.start, end: s.position.end, orphaned: true, method: 'orphaned', score: 0 });
  });

  it('works in English and never splits a surrogate pair', () => {
    const body = 'Growth 😀 was 5.2% last year, the bureau said.';
    const start = body.indexOf('😀') + 1; // inside the pair
    const q = quoteAt(body, start, body.indexOf(' was'));
    expect(q.exact).toBe('😀');
    const en = 'The city aims for more than 7,000 high-tech firms this year.';
    const s = selectorsFor(en, 'more than 7,000 high-tech firms');
    const r = anchorAnnotation(en.replace('more than 7,000 high-tech firms', 'over 7,000 high-tech companies'), s);
    expect(r.method).toBe('orphaned'); // under 70% similar: not the same claim any more
    const r2 = anchorAnnotation(en.replace('7,000 high-tech firms', '7,000 hi-tech firms'), s);
    expect(r2.method).toBe('fuzzy');
  });

  it('re-finds the quote after arbitrary insertions elsewhere (property)', () => {
    const exact = '高新技术企业突破7000家是硬任务';
    const s = selectorsFor(BODY, exact);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(BODY.length), (insert, at) => {
        const where = at >= s.position.start && at <= s.position.end ? 0 : at;
        const edited = BODY.slice(0, where) + insert + BODY.slice(where);
        const r = anchorAnnotation(edited, s);
        return !r.orphaned && edited.slice(r.start, r.end) === exact;
      }),
      { numRuns: 200 },
    );
  });

  it('stays fast on a long story', () => {
    const long = '无关的段落内容，'.repeat(20_000) + BODY;
    const s = selectorsFor(BODY, '今年我市将力争全市研发经费投入强度2.35%左右');
    const edited = long.replace('今年我市将力争全市研发经费投入强度2.35%左右', '今年全市力争研发经费投入强度2.4%左右');
    const t0 = performance.now();
    const r = anchorAnnotation(edited, { quote: s.quote, position: { start: s.position.start + 160_000, end: s.position.end + 160_000 } });
    expect(r.method).toBe('fuzzy');
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
