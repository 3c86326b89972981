/**
 * Which indicator a level turns into when a change word follows it, and which stock has an
 * increment kept apart from it. Kept beside the lookup (lookup.ts), which reads them.
 */

/**
 * A level read with a change word after it is the change: 「研发经费增长」 is R&D growth,
 * 'retail sales growth' is not retail sales. Entries list the common forms as synonyms;
 * these tables catch the rest (「规上工业增加值同比增长」, 'exports rise').
 */
export const GROWTH_OF: Readonly<Record<string, string>> = {
  gdp: 'gdp-growth',
  'gdp-per-capita': 'gdp-per-capita-growth',
  'primary-industry-value-added': 'primary-industry-value-added-growth',
  'secondary-industry-value-added': 'secondary-industry-value-added-growth',
  'tertiary-industry-value-added': 'tertiary-industry-value-added-growth',
  'fixed-asset-investment': 'fixed-asset-investment-growth',
  'private-investment': 'private-investment-growth',
  'infrastructure-investment': 'infrastructure-investment-growth',
  'manufacturing-investment': 'manufacturing-investment-growth',
  'retail-sales': 'retail-sales-growth',
  'online-retail-sales': 'online-retail-sales-growth',
  'labour-productivity': 'labour-productivity-growth',
  'industrial-value-added': 'industrial-value-added-growth',
  'industrial-value-added-above-scale': 'industrial-value-added-above-scale-growth',
  'high-tech-manufacturing-value-added': 'high-tech-manufacturing-value-added-growth',
  'equipment-manufacturing-value-added': 'equipment-manufacturing-value-added-growth',
  'industrial-profits': 'industrial-profits-growth',
  cpi: 'cpi-inflation',
  ppi: 'ppi-change',
  rpi: 'rpi-inflation',
  'average-wage': 'wage-growth',
  'rd-expenditure': 'rd-expenditure-growth',
  'per-capita-disposable-income': 'per-capita-disposable-income-growth',
  'urban-per-capita-disposable-income': 'urban-per-capita-disposable-income-growth',
  'rural-per-capita-disposable-income': 'rural-per-capita-disposable-income-growth',
  'per-capita-consumption-expenditure': 'per-capita-consumption-expenditure-growth',
  'total-trade': 'total-trade-growth',
  exports: 'exports-growth',
  imports: 'imports-growth',
  'general-budget-revenue': 'general-budget-revenue-growth',
  'general-budget-expenditure': 'general-budget-expenditure-growth',
  m2: 'm2-growth',
  m1: 'm1-growth',
  'social-financing-stock': 'social-financing-stock-growth',
  'social-financing-increment': 'social-financing-stock-growth',
  'real-estate-investment': 'real-estate-investment-growth',
  'house-price': 'house-price-growth',
  'private-rent': 'private-rent-inflation',
  'tourism-revenue': 'tourism-revenue-growth',
};

/** The same for a fall: 「单位GDP能耗下降」 is the reduction target, not the intensity. */
export const REDUCTION_OF: Readonly<Record<string, string>> = {
  'energy-intensity': 'energy-intensity-reduction',
  'carbon-intensity': 'carbon-intensity-reduction',
  'water-intensity': 'water-intensity-reduction',
  'pm25-concentration': 'pm25-reduction',
  ppi: 'ppi-change',
};

/**
 * Stock → increment pairs the lookup keeps apart ('police officers' vs 'additional
 * officers'); a checker comparing a target for one with figures for the other needs the link.
 */
export const INCREMENT_OF: Readonly<Record<string, string>> = {
  'police-officers': 'police-officers-additional',
  nurses: 'nurses-additional',
  gps: 'gps-additional',
  'primary-care-staff': 'primary-care-staff-additional',
  doctors: 'doctors-additional',
  teachers: 'teachers-additional',
  'high-tech-enterprises': 'high-tech-enterprises-new',
  'business-entities': 'new-business-entities',
  '5g-base-stations': '5g-base-stations-new',
  'high-standard-farmland': 'high-standard-farmland-built',
  population: 'population-increase',
  'social-financing-stock': 'social-financing-increment',
  'loans-outstanding': 'new-rmb-loans',
  'listed-companies': 'new-listed-companies',
  'elective-appointments': 'elective-appointments-additional',
};

/**
 * A sum read as a percentage is its share of the economy: 'a fiscal deficit of 5.9 percent of GDP',
 * 「财政赤字…占GDP的3%」. The ratio is the indicator a target of that form sets.
 */
export const SHARE_OF_GDP: Readonly<Record<string, string>> = {
  'fiscal-deficit': 'fiscal-deficit-ratio',
  'public-sector-net-borrowing': 'borrowing-share-of-gdp',
  'public-sector-net-debt': 'debt-to-gdp',
  'government-debt-outstanding': 'debt-to-gdp',
  'defence-budget': 'defence-spending-share-of-gdp',
  'aid-budget': 'aid-share-of-gni',
};

/**
 * One balance named by its sign: a deficit of 18.8bn is a surplus of −18.8bn. A goal set as a
 * surplus is answered by a later deficit, and a ceiling on the deficit by a surplus.
 */
export const MIRRORED_BALANCE: Readonly<Record<string, string>> = {
  'budget-surplus': 'fiscal-deficit',
  'fiscal-deficit': 'budget-surplus',
};
