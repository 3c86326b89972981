import { isoDate } from './metadata';

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 「2月23日」 against the page date: a month after the page's month is last year's. */
export function resolveDateline(dateline: string | null, pageDate: string | null): string | null {
  if (!dateline || !pageDate) return null;
  const [py, pm, pd] = pageDate.split('-').map(Number) as [number, number, number];
  let m = /(\d{1,2})月(\d{1,2})日/.exec(dateline);
  let month: number | null = null;
  let day: number | null = null;
  if (m) {
    month = +m[1]!;
    day = +m[2]!;
  } else if ((m = /^(\d{1,2})日$/.exec(dateline))) {
    day = +m[1]!;
    month = day > pd ? (pm === 1 ? 12 : pm - 1) : pm;
  } else {
    const en = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3})/.exec(dateline);
    if (en) {
      const mon = EN_MONTHS.indexOf((en[1] ?? en[4]!).toLowerCase()) + 1;
      if (mon > 0) {
        month = mon;
        day = +(en[2] ?? en[3]!);
      }
    }
  }
  if (month === null || day === null) return null;
  const year = month > pm ? py - 1 : py;
  return isoDate(year, month, day);
}
