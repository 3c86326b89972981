/** English entity rules as data: known places, titles, parties, organisation words and subject verbs. */

export const EN_PLACES = new Set([
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'UK', 'United Kingdom', 'US', 'USA', 'United States',
  'America', 'China', 'Hong Kong', 'Japan', 'Germany', 'France', 'Italy', 'Spain', 'India', 'Canada', 'Australia', 'EU', 'European Union',
  'eurozone', 'euro zone', 'Europe', 'London', 'New York', 'Beijing', 'Shanghai', 'Taiwan', 'Singapore', 'Ireland', 'Russia', 'Brazil',
  // The other EU member states and the economies most often reported on in English.
  'Austria', 'Belgium', 'Bulgaria', 'Croatia', 'Cyprus', 'Czechia', 'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'Greece', 'Hungary',
  'Latvia', 'Lithuania', 'Luxembourg', 'Malta', 'Netherlands', 'Poland', 'Portugal', 'Romania', 'Slovakia', 'Slovenia', 'Sweden',
  'Norway', 'Switzerland', 'Iceland', 'Turkey', 'Ukraine', 'Mexico', 'Argentina', 'Chile', 'Colombia', 'South Africa', 'Nigeria', 'Kenya',
  'Egypt', 'Saudi Arabia', 'United Arab Emirates', 'Israel', 'Pakistan', 'Bangladesh', 'Indonesia', 'Malaysia', 'Thailand', 'Vietnam',
  'Philippines', 'South Korea', 'New Zealand', 'Macau', 'Macao',
]);
export { EN_PLACE_ADJ } from '../metrics/place-adjectives';
/** Dotted abbreviations of places, as the capitalised-phrase scan leaves them (its final dot dropped). */
export const EN_PLACE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['U.S', 'US'], ['U.S.', 'US'], ['U.K', 'UK'], ['U.K.', 'UK'], ['U.S.A', 'US'], ['U.S.A.', 'US']]);
/**
 * Titles before a person's name. A person is not whose figure it is: a minister's pledge or a
 * mayor's homes are the country's or the city's, so people are left out and the place or body
 * named around them owns the figure.
 */
const EN_PERSON_TITLES = [
  'Prime Minister', 'Deputy Prime Minister', 'President', 'Vice President', 'Chancellor', 'Premier', 'Mayor', 'Governor', 'Minister', 'Secretary',
  'Senator', 'Congressman', 'Congresswoman', 'Councillor', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Chief Executive', 'Chairman', 'Chairwoman',
];
export const EN_PERSON_TITLE = new RegExp(`^(?:${EN_PERSON_TITLES.join('|')})\\b`);
/** A titled name ('Mr Johnson', 'Mayor Bill de Blasio'): its last word is the person's surname wherever it recurs. */
export const EN_TITLED_NAME = new RegExp(`\\b(?:${EN_PERSON_TITLES.join('|')})\\.?\\s+((?:[A-Z][a-z'-]+\\s+|de\\s+|van\\s+|von\\s+){0,3}[A-Z][a-z'-]+)`, 'g');
/** Words before 'at' that make what follows a venue, not an owner: a goal set, a speech given, a meeting held. */
export const EN_VENUE_BEFORE_AT = /\b(?:target|targets|goal|goals|pledge|plan|agreed|announced|unveiled|launched|said|told|spoke|speaking|speech|meeting|summit|talks|conference|address|remarks|revealed|confirmed)\s+at\s+$/i;
/** A place after an event held in it is where something was said, not whose figure it is. */
export const EN_VENUE_BEFORE_IN = /\b(?:conference|meeting|summit|speech|briefing|talks|event|address|ceremony|session|congress|reporters|forum)\s+in\s+$/i;
/** Political parties speak for themselves, never own a country's statistic: 'Labour's pledge', 'the Conservative Party's manifesto'. */
export const EN_PARTY = /^(?:Labour(?: Party)?|Conservatives?(?: Party)?|Tory|Tories|Liberal Democrats?|Lib Dems?|SNP|Scottish National Party|Plaid Cymru|Reform UK|Green Party|Greens|Sinn Féin|Sinn Fein|DUP|Democratic Unionist Party|Democrats?|Democratic Party|Republicans?|Republican Party|GOP|Liberal Party|Liberals|New Democratic Party|NDP|Coalition|Labor(?: Party)?|ALP|Nationals|National Party|One Nation|BJP|Congress Party|Indian National Congress|ANC|African National Congress|Democratic Alliance|EFF|Fine Gael|Fianna F[aá]il|Social Democrats|CDU|CSU|SPD|FDP|AfD|LDP|Liberal Democratic Party|KMT|Kuomintang|DPP|Democratic Progressive Party|PAP|People's Action Party|NZ First|Bloc Qu[eé]b[eé]cois|Alliance Party|SDLP|UUP|Alba)$/;
/**
 * National statistics offices and the country whose figures they publish. `starts`: the words a
 * name begins with, lower case (start-words.ts), so each is looked for only where one stands.
 */
export const EN_STATISTICS_OFFICES: ReadonlyArray<{ pattern: RegExp; country: string; starts: readonly string[] }> = [
  { pattern: /\b(?:Central Statistics Office|CSO)\b/g, country: 'Ireland', starts: ['central', 'cso'] },
  { pattern: /\b(?:Statistics New Zealand|Stats NZ)\b/g, country: 'New Zealand', starts: ['statistics', 'stats'] },
  { pattern: /\bStatistics South Africa\b/g, country: 'South Africa', starts: ['statistics'] },
  { pattern: /\b(?:Office for National Statistics|ONS)\b/g, country: 'UK', starts: ['office', 'ons'] },
  { pattern: /\b(?:Bureau of Labor Statistics|BLS|Bureau of Economic Analysis|Census Bureau)\b/g, country: 'US', starts: ['bureau', 'bls', 'census'] },
  { pattern: /\bStatistics Canada\b/g, country: 'Canada', starts: ['statistics'] },
  { pattern: /\bAustralian Bureau of Statistics\b/g, country: 'Australia', starts: ['australian'] },
  { pattern: /\bEurostat\b/g, country: 'EU', starts: ['eurostat'] },
  { pattern: /\bNational Bureau of Statistics\b/g, country: 'China', starts: ['national'] },
];
/** A back-reference to a body named before: 'the company', 'its council' (the noun is group 1). */
export const EN_BODY_REFERENCE = {
  pattern: /\b(?:the|The|its|Its) (company|firm|group|business|retailer|bank|council|authority|force|police|trust|board|government|ministry|agency|operator|airline|maker|province|state|city|country)\b(?!'s\s+(?:largest|biggest))/g,
  starts: ['the', 'its'],
};
/** Words that make a capitalised phrase an organisation speaking for itself. */
export const EN_ORG_WORD = /\b(?:Council|Bank|Committee|Authority|Government|Corporation|Ministry|Department|plc|Inc|Ltd|Police|Constabulary|Trust|Board|Agency|Commission|Office|Service|Group|Holdings|Company|Co|Corp|Foods|Brands|Industries|Motors|Airlines|Airways|Energy|Partners|Systems|Technologies|Pharmaceuticals|Airport|University|Fund|Association|Institute|Railways?|Water|Telecom)\b/;
/** A verb (optionally after a time word) right after a subject: 'Meridian cut', 'Conagra last month reported', 'the council tries'. */
export const EN_SUBJECT_VERB = /^\s+(?:(?:last|this|next)\s+(?:week|month|year|quarter)\s+|on\s+[A-Z][a-z]+day\s+|yesterday\s+|today\s+|also\s+|now\s+)?(?:has|have|had|is|was|will|would|said|says|reported|posted|cut|plans|expects|made|employed|rose|fell|grew|held|kept|left|raised|lowered|approved|voted|announced|agreed|set|recorded|[a-z]{2,}(?:ed|ies|es)|(?:tries|wants|aims|needs|hopes|seeks|faces|owns|runs|sells|spends|pays|gets|takes|puts|says))\b/;
/** People before 'in': 'Councillors in Northampton', 'residents in Leeds' are not a place's measure. */
export const EN_PEOPLE_BEFORE = /\b(?:[a-z]+(?:ors|ers|ents|ists|ians)|people|officials|staff|police|councillors|residents|families|children|pupils|patients)\s+in\s+$/i;
/** Role nouns written before a company name at a sentence start: 'Rival Conagra Brands', 'Retailer Tesco'. */
export const EN_ROLE_NOUN = /^(?:Rival|Rivals|Competitor|Fellow|Peer|Retailer|Chipmaker|Carmaker|Automaker|Lender|Insurer|Supermarket|Airline|Broadcaster|Regulator|Watchdog|Miner|Drugmaker|Brewer|Grocer|Housebuilder|Builder|Operator|Carrier|Startup|Conglomerate|Utility|Bank)$/;
/**
 * A run of capitalised words joined by spaces, with of/and/for/& between or before them ('Bank of
 * England', 'and Wales'). At least one word is capitalised: a run of the joining words alone names
 * nothing, and matching them (every 'of' and 'and' in a story) cost more than the names did.
 */
export const PROPER = /\b(?:(?:of|and|for|&)[ \t]+)*[A-Z][A-Za-z&.'-]*(?:[ \t]+(?:[A-Z][A-Za-z&.'-]*|of|and|for|&))*/g;
// Capitalised words that name a currency, a measure, a fiscal period or a month, never whose figure it is ('Rs 15.77 lakh crore', 'in March').
export const EN_NOT_OWNER = /^(?:Rs|INR|USD|US\$|GBP|EUR|RMB|CNY|HKD|NT|Ksh|KSh|Tk|GW|MW|GWh|TWh|GDP|GNP|CPI|CPIH|RPI|PMI|Q[1-4]|H[12]|FY\d{0,4}|Fiscal|Financial Year|(?:(?:The|Union|Interim|Spring|Autumn|Federal|State|Provincial)\s+){0,2}Budget(?:\s+Speech)?|Economic Survey|(?:The\s+)?Government|A&Es?|Spending Review|Autumn Statement|Spring Statement|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)$/;
