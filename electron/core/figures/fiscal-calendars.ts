/**
 * When a government's financial year begins, as data. 'FY2024', '2023-24' and 'this financial year' name
 * different months in Canberra, Nairobi, Washington and London: Australia's runs July to June, the US
 * federal government's October to September, the UK's April to March, Nigeria's with the calendar.
 *
 * A story's calendar is the one of the places it names most (country names, not words that are also
 * languages: 'English', 'French'); a story that names none keeps the April year
 * (the UK's, India's, Canada's, Hong Kong's), which was the only one read before.
 */

export interface FiscalCalendar {
  name: string;
  /** The month (1–12) the financial year begins in. */
  startMonth: number;
  /** The names of the places that keep it, in English text. */
  en: RegExp;
}

export const DEFAULT_FISCAL_START = 4;

/** Sources: each government's own budget papers (Budget Act, Appropriation Act, Treasury calendar). */
export const FISCAL_CALENDARS: readonly FiscalCalendar[] = [
  {
    name: 'April to March',
    startMonth: 4,
    en: /\b(?:UK|U\.K\.|Britain|British|England|Scotland|Scottish|Wales|Welsh|Northern Ireland|Westminster|Whitehall|HM Treasury|India|Indian|Canada|Canadian|Ottawa|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|South Africa|South African|Hong Kong|Japan|Singapore)\b/g,
  },
  {
    name: 'July to June',
    startMonth: 7,
    en: /\b(?:Australia|Australian|Canberra|New South Wales|NSW|Victoria|Victorian|Queensland|Western Australia|South Australia|Tasmania|New Zealand|NZ|Kenya|Kenyan|Uganda|Ugandan|Tanzania|Tanzanian|Pakistan|Pakistani|Bangladesh|Bangladeshi|Egypt|Egyptian|California|Massachusetts|Pennsylvania|New Jersey|Illinois|Oregon|Colorado|Minnesota|Wisconsin|Maryland|Connecticut|New York City|NYC|Boston)\b/g,
  },
  {
    name: 'October to September (US federal)',
    startMonth: 10,
    en: /\b(?:U\.S\.|US federal|United States|Congress|Congressional Budget Office|CBO|White House|Pentagon|federal deficit|federal budget deficit)\b/g,
  },
  {
    name: 'the calendar year',
    startMonth: 1,
    en: /\b(?:Nigeria|Nigerian|Philippines|Philippine|Malaysia|Malaysian|Indonesia|Indonesian|Ireland|Irish|Germany|France|Italy|Spain|Netherlands|China|Ghana|Ghanaian|Brazil|Brazilian|Russia|Mexico|Mexican|Chile|Chilean|Vietnam|Thailand|Switzerland|Sweden|Norway|Denmark)\b/g,
  },
];

/** The month the text's financial year begins in: the calendar of the places it names most. */
export function fiscalStartFor(folded: string, language: 'zh' | 'en'): number {
  if (language !== 'en') return DEFAULT_FISCAL_START;
  let best = DEFAULT_FISCAL_START;
  let most = 0;
  for (const c of FISCAL_CALENDARS) {
    const n = folded.match(c.en)?.length ?? 0;
    if (n > most) {
      most = n;
      best = c.startMonth;
    }
  }
  return best;
}
