import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachEvidence, detachEvidence, overrideStatus, targetFromFigure, targetHistory, updateTarget } from '../../../electron/core/targets/register';
import { renderAuditNote } from '../../../shared/audit-notes';
import { tempArchive } from '../helpers';
import { addStory } from './factory';

let archive: ReturnType<typeof tempArchive>;
beforeEach(() => {
  archive = tempArchive();
  archive.repos.author.set('李华');
});
afterEach(() => archive.cleanup());

const FIELD_ZH: Record<string, string> = { value: '目标值', deadline: '期限' };
const zh = (note: string) => renderAuditNote(note, 'zh', { field: (f) => FIELD_ZH[f] ?? f, status: (s) => s });

function floorTarget(today: string) {
  const { repos } = archive;
  const s = addStory(repos, { date: '2023-02-24', headline: '今年科技型企业超过4.8万家' }, [
    { quote: '超过4.8万家', value: 48000, qualifier: 'gt', kind: 'target', metric: '科技型企业', year: 2023 },
  ]);
  return targetFromFigure(repos, s.figures[0]!.id, { today });
}

describe('the audit trail', () => {
  it('records a target made after its deadline as created, with the deadline as the why, not as new evidence', () => {
    const t = floorTarget('2024-03-01');
    const history = targetHistory(archive.repos, t.id);
    expect(history.map((e) => [e.cause, e.fromStatus, e.toStatus])).toEqual([
      ['created', null, 'not_due'],
      ['created', 'not_due', 'unclear'],
    ]);
    expect((history[1]!.snapshot as { explanation: { code: string; zh: string } }).explanation).toMatchObject({ code: 'overdue_no_evidence' });
    expect(history.every((e) => e.author === '李华')).toBe(true);
  });

  it('stores why as a code with parameters and says it in either language', () => {
    const { repos } = archive;
    const t = floorTarget('2023-02-24');
    const report = addStory(repos, { date: '2024-01-18', headline: '科技型企业达到4.3万家' }, [
      { quote: '4.3万家', value: 43000, metric: '科技型企业', year: 2023 },
    ]);
    const figureId = report.figures[0]!.id;
    attachEvidence(repos, t.id, figureId, { verdict: 'misses', score: 1, by: 'editor' }, { today: '2024-01-18' });
    updateTarget(repos, t.id, { value: 45000, deadline: '2024-12-31' }, { today: '2024-01-18' });
    detachEvidence(repos, t.id, figureId, { today: '2024-01-18' });
    overrideStatus(repos, t.id, { status: 'on_track', reason: '市科技局称年底可达' });
    const notes = targetHistory(repos, t.id).map((e) => e.note);
    expect(notes.every((n) => n === '' || n.startsWith('{'))).toBe(true);
    const said = notes.filter(Boolean).map(zh);
    expect(said).toEqual(
      expect.arrayContaining([
        '原文：超过4.8万家',
        `数字 #${figureId} 作为证据关联（编辑确认）`,
        '修改了：目标值、期限',
        '人工设定状态：市科技局称年底可达',
        `数字 #${figureId} 已从证据中移除`,
      ]),
    );
    expect(notes.filter(Boolean).map((n) => renderAuditNote(n, 'en'))).toContain(`figure #${figureId} linked as evidence by the editor`);
  });

  it('shows a note written before codes as it was written', () => {
    expect(zh('evidence from figure #22 (editor)')).toBe('evidence from figure #22 (editor)');
    expect(zh('{not json')).toBe('{not json');
  });
});
