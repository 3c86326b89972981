import { describe, expect, it } from 'vitest';
import { countDoc, docText, scaffoldFollowUp, staleCitations } from '../../../electron/core/drafts';
import { visitText } from '../../../electron/core/drafts/text';
import { DraftDoc, type CitationAttrs } from '../../../shared/domain/draft';
import { FOLLOW_UP_ITEMS } from '../../fixtures/export/follow-up-input';

function citations(doc: DraftDoc): Array<{ text: string; attrs: CitationAttrs }> {
  const out: Array<{ text: string; attrs: CitationAttrs }> = [];
  visitText(doc, (n) => {
    const m = n.marks?.find((x) => x.type === 'citation');
    if (m && m.type === 'citation') out.push({ text: n.text, attrs: m.attrs });
  });
  return out;
}

describe('scaffoldFollowUp', () => {
  it('writes a Chinese follow-up with headline, lede, table and cited paragraphs', () => {
    const r = scaffoldFollowUp(FOLLOW_UP_ITEMS, 'zh-CN', { topic: '科技', today: '2024-03-01', ownPublications: ['重庆日报'] });
    expect(r.title).toBe('去年目标完成几何？重庆2项科技指标1项完成');
    expect(DraftDoc.safeParse(r.doc).success).toBe(true);
    const text = docText(r.doc);
    expect(text).toContain('2023年2月24日，本报报道重庆提出2项科技目标。');
    expect(text).toContain('截至2024年2月20日，1项已完成，1项未完成。');
    expect(text).toContain('指标\t目标\t最新数据\t状态\t计算');
    expect(text).toContain('高新技术企业\t超过7000家\t7565家（2024年2月20日发表）\t已完成\t实际7565家');
    expect(text).toContain('研发经费投入强度\t2.35%左右\t2.3%');
    expect(text).toContain('据本报2023年2月24日报道，重庆高新技术企业的目标是超过7000家：“高新技术企业突破7000家”。');
    const cites = citations(r.doc);
    expect(cites).toHaveLength(4);
    expect(cites[0]!.attrs).toMatchObject({ storyId: 1, figureId: 11, targetId: 1, snapshot: { quote: '高新技术企业突破7000家', value: 7000, status: 'met' } });
    expect(cites[0]!.attrs.label).toContain('重庆日报');
    expect(cites[1]!.attrs).toMatchObject({ storyId: 2, figureId: 21, snapshot: { value: 7565 } });
    expect(countDoc(r.doc).cjk).toBeGreaterThan(100);
  });

  it('writes the English version with the same citations', () => {
    const r = scaffoldFollowUp(FOLLOW_UP_ITEMS, 'en', { topic: 'science', today: '2024-03-01', ownPublications: ['重庆日报'] });
    expect(r.title).toBe('重庆 met 1 of 2 science targets set for last year');
    const text = docText(r.doc);
    expect(text).toContain('As this paper reported on 24 February 2023, the target for 高新技术企业 was more than 7,000 firms');
    expect(text).toContain('Metric\tTarget\tLatest evidence\tStatus\tArithmetic');
    expect(text).toContain('about 2.35%');
    expect(citations(r.doc)).toHaveLength(4);
  });

  it('cites another paper by name, and works without evidence or source', () => {
    const [first] = FOLLOW_UP_ITEMS;
    const r = scaffoldFollowUp([{ target: { ...first!.target, status: 'not_due', sourceStory: { ...first!.target.sourceStory!, publication: '人民日报' } }, evidence: [] }], 'zh-CN', {
      ownPublications: ['重庆日报'],
    });
    expect(docText(r.doc)).toContain('据《人民日报》2023年2月24日报道');
    expect(docText(r.doc)).toContain('暂无');
    const bare = scaffoldFollowUp([{ target: { ...first!.target, sourceStory: null } }], 'en');
    expect(citations(bare.doc)).toHaveLength(0);
  });

  it('calls only the desk\'s own papers 本报 and names every other outlet', () => {
    const zh = docText(scaffoldFollowUp(FOLLOW_UP_ITEMS, 'zh-CN', { today: '2024-03-01' }).doc);
    expect(zh).not.toContain('本报');
    expect(zh).toContain('据《重庆日报》2023年2月24日报道');
    const en = docText(scaffoldFollowUp(FOLLOW_UP_ITEMS, 'en', { today: '2024-03-01' }).doc);
    expect(en).not.toContain('this paper');
    expect(en).toContain('As 重庆日报 reported on 24 February 2023');
    const [first] = FOLLOW_UP_ITEMS;
    const unknown = docText(scaffoldFollowUp([{ target: { ...first!.target, sourceStory: { ...first!.target.sourceStory!, publication: null } } }], 'en').doc);
    expect(unknown).toContain('As reported on 24 February 2023, ');
  });

  it('quotes the sentence, says what period a reading is about, and groups promises by who set them', () => {
    const [first, second] = FOLLOW_UP_ITEMS;
    const items = [
      { target: { ...first!.target, sentence: '今年力争科技型企业超过4.8万家、高新技术企业突破7000家。' }, evidence: (first!.evidence ?? []).map((e) => ({ ...e, period: { from: '2023-01-01', to: '2023-12-31', label: '2023年' } })) },
      { target: { ...second!.target, entity: 'UK', metric: 'police officers' }, evidence: [] },
    ];
    const r = scaffoldFollowUp(items, 'zh-CN', { today: '2024-03-01' });
    expect(r.title).not.toContain('重庆');
    const text = docText(r.doc);
    expect(text).toContain('“今年力争科技型企业超过4.8万家、高新技术企业突破7000家。”');
    expect(text).toContain('报道2023年的情况');
    expect(text).toContain('7565家（2023年的数字，2024年2月20日发表）');
    expect(text.indexOf('重庆')).toBeLessThan(text.indexOf('UK'));
    const en = scaffoldFollowUp(items, 'en', { today: '2024-03-01' });
    expect(en.title).toMatch(/^Met 1 of 2 targets/);
  });

  it('its citations go stale when the register changes', () => {
    const r = scaffoldFollowUp(FOLLOW_UP_ITEMS, 'zh-CN');
    const stale = staleCitations(r.doc, (c) => ({ ...c.snapshot, status: c.snapshot.status === 'missed' ? 'met' : c.snapshot.status }));
    expect(stale.map((s) => s.reason)).toEqual(['status_changed']);
  });
});
