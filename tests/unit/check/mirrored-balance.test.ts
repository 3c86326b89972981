/**
 * A surplus and a deficit are one balance with opposite signs: a goal of one is answered by a
 * later reading of the other, and the explanation says how it was turned. Imported and checked
 * as an editor would, through the CLI.
 */
import { describe, expect, it } from 'vitest';
import { checkerPerTest, type PairRow } from './pair-verdict';

const checker = checkerPerTest({ attach: true });

describe('a deficit against a goal of a surplus, and a surplus against a deficit’s ceiling', () => {
  it.each<PairRow>([
    [
      'a deficit misses a goal of a surplus',
      { date: '2012-05-08', text: 'Budget\n\nThe Treasurer will deliver a $1.5 billion surplus for 2012-13, he said.' },
      '$1.5 billion',
      { date: '2013-09-30', text: 'Final budget outcome\n\nThe Final Budget Outcome shows the underlying cash deficit was $18.8 billion for the 2012-13 financial year.' },
      '$18.8 billion',
      'misses',
    ],
    [
      'a surplus meets a ceiling on the deficit',
      { date: '2024-02-01', text: 'Budget plan\n\nThe province plans to keep the deficit below $2 billion in 2024-25.' },
      'below $2 billion',
      { date: '2025-06-30', text: 'Year-end report\n\nThe province posted a budget surplus of $0.5 billion in 2024-25, the finance minister said.' },
      '$0.5 billion',
      'meets',
    ],
    [
      'a surplus forecast (轉為錄得29億元盈餘) is on track against a deficit’s ceiling',
      { date: '2025-02-26', text: '預算案\n\n2025/26年度方面，明年度赤字預計為670億元，財政儲備將下降至5,803億元。' },
      '670億元',
      { date: '2026-02-25', text: '預算案\n\n預計2025/26年度綜合帳目將由原來預算約670億元赤字，轉為錄得29億元盈餘，財政儲備預計為6,572億元。' },
      '29億元',
      'on_track',
    ],
  ])('%s', async (_name, target, promised, outcome, printed, expected) => {
    const v = await checker.verdictAgainst(target, promised, outcome, printed);
    expect(v?.verdict).toBe(expected);
    // The editor sees why a deficit was read as a negative surplus.
    expect(v?.explanation.en).toMatch(/one balance with opposite signs/);
    expect(v?.explanation.zh).toMatch(/同一收支的正负两面/);
    // The register reads the attached evidence the same way: its status agrees with the check.
    const [registered] = (await checker.cli(['targets'])) as Array<{ status: string }>;
    expect(registered!.status).toBe({ meets: 'met', misses: 'missed', on_track: 'on_track' }[expected]);
  });

  it('a deficit is not held against a goal of another deficit with its sign turned', async () => {
    const v = await checker.verdictAgainst(
      { date: '2012-05-08', text: 'Budget\n\nThe government aims to cut the budget deficit to $20 billion in 2012-13.' },
      '$20 billion',
      { date: '2013-09-30', text: 'Outcome\n\nThe budget deficit was $18.8 billion in 2012-13, the Treasury said.' },
      '$18.8 billion',
    );
    expect(v?.verdict).toBe('meets');
    expect(v?.explanation.en).not.toMatch(/opposite signs/);
  });
});
