/**
 * 和暦 (Japanese era) handling for fiscal years.
 *
 * Kohyo stores a fiscal year as the Western year in which it starts (2018 = 平成30年度,
 * April 2018 – March 2019). The era of a fiscal year is the era in force on 1 April of
 * that year, which is how municipal documents name them (2019 = 平成31年度, and
 * 令和元年度 after 1 May 2019: both names are in use, so both are produced for search).
 */

export interface Era {
  /** Era name, e.g. 平成 */
  name: string;
  /** First Western year of the era (year 1 = 元年) */
  firstYear: number;
  /** Date the era began (ISO, JST) */
  startDate: string;
}

/** Eras newest first. */
export const ERAS: readonly Era[] = [
  { name: '令和', firstYear: 2019, startDate: '2019-05-01' },
  { name: '平成', firstYear: 1989, startDate: '1989-01-08' },
  { name: '昭和', firstYear: 1926, startDate: '1926-12-25' },
  { name: '大正', firstYear: 1912, startDate: '1912-07-30' },
  { name: '明治', firstYear: 1868, startDate: '1868-10-23' },
];

/** Earliest fiscal year Kohyo can name (明治 began in 1868). */
export const MIN_FISCAL_YEAR = 1868;

function eraYearLabel(year: number): string {
  return year === 1 ? '元' : String(year);
}

/**
 * The era a fiscal year belongs to: the one in force on 1 April of its starting year.
 * 2019 (April 2019) is therefore 平成31年度 — the 令和 name is given by {@link alternativeEraNames}.
 */
export function eraOfFiscalYear(fiscalYear: number): Era {
  assertFiscalYear(fiscalYear);
  const april = `${fiscalYear}-04-01`;
  const era = ERAS.find((e) => e.startDate <= april);
  // A fiscal year before 明治 is rejected by assertFiscalYear, so an era is always found.
  return era ?? ERAS[ERAS.length - 1]!;
}

function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < MIN_FISCAL_YEAR || fiscalYear > 9999) {
    throw new RangeError(`年度は${MIN_FISCAL_YEAR}以上の西暦の整数で指定してください: ${fiscalYear}`);
  }
}

/** 平成30年度 */
export function warekiFiscalYear(fiscalYear: number): string {
  const era = eraOfFiscalYear(fiscalYear);
  return `${era.name}${eraYearLabel(fiscalYear - era.firstYear + 1)}年度`;
}

/**
 * A fiscal year in which an era began (2019) by both names, the new era's first:
 * 「令和元年度（平成31年度）」; any other year as {@link warekiFiscalYear}.
 */
export function fiscalYearWithOtherName(fiscalYear: number): string {
  const own = warekiFiscalYear(fiscalYear);
  const era = ERAS.find((e) => e.startDate > `${fiscalYear}-04-01` && e.startDate < `${fiscalYear + 1}-04-01`);
  return era ? `${era.name}${eraYearLabel(fiscalYear - era.firstYear + 1)}年度（${own}）` : own;
}

/** 平成30年度（2018年度）, 令和元年度（平成31年度・2019年度） — the form used in headings and tables. */
export function formatFiscalYear(fiscalYear: number): string {
  const names = fiscalYearWithOtherName(fiscalYear);
  return names.endsWith('）') ? `${names.slice(0, -1)}・${fiscalYear}年度）` : `${names}（${fiscalYear}年度）`;
}

/** H30 style short label for chart axes: 「H30」. */
export function shortWarekiFiscalYear(fiscalYear: number): string {
  const era = eraOfFiscalYear(fiscalYear);
  const initial: Record<string, string> = { 令和: 'R', 平成: 'H', 昭和: 'S', 大正: 'T', 明治: 'M' };
  return `${initial[era.name] ?? era.name}${fiscalYear - era.firstYear + 1}`;
}

/**
 * Every name a fiscal year is known by, for search and cross-reference:
 * 2019 → 平成31年度, 令和元年度, 2019年度. 2020 → 令和2年度, 2020年度 (and 平成32年度, the
 * name plans written before the era change used).
 */
export function alternativeEraNames(fiscalYear: number): string[] {
  const names = new Set<string>([warekiFiscalYear(fiscalYear)]);
  for (const era of ERAS) {
    const n = fiscalYear - era.firstYear + 1;
    if (n < 1) continue;
    // The era that started during this fiscal year (令和, May 2019) names it too.
    const startsWithin = era.startDate > `${fiscalYear}-04-01` && era.startDate < `${fiscalYear + 1}-04-01`;
    if (startsWithin) names.add(`${era.name}${eraYearLabel(n)}年度`);
  }
  // Plans written under 平成 named years after 2019 as 平成32年度 and later.
  const heisei = ERAS.find((e) => e.name === '平成')!;
  if (fiscalYear >= 2020 && fiscalYear < 2040) names.add(`平成${fiscalYear - heisei.firstYear + 1}年度`);
  names.add(`${fiscalYear}年度`);
  return [...names];
}

const ERA_YEAR_PATTERN = /^(明治|大正|昭和|平成|令和)(元|\d{1,2})年度?$/u;
/** 「H30年度」「R2年度」: the initial-letter form tables and charts use. */
const SHORT_ERA_YEAR_PATTERN = /^([MTSHR])(\d{1,2})年度$/u;
const ERA_OF_INITIAL: Record<string, string> = { M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' };
const WESTERN_YEAR_PATTERN = /^(\d{4})年度?$/u;

/**
 * Parses a fiscal-year label as documents write it into the Western starting year.
 * Accepts 平成30年度, 平成30年, 令和元年度, 2018年度, and names that never existed
 * because the era changed after the document was written (平成32年度 = 2020).
 * Returns undefined when the text is not a fiscal-year label.
 */
export function parseFiscalYearLabel(label: string): number | undefined {
  const text = label.normalize('NFKC').trim();
  const western = WESTERN_YEAR_PATTERN.exec(text);
  if (western) return Number(western[1]);
  const short = SHORT_ERA_YEAR_PATTERN.exec(text.toUpperCase());
  const match = short ? ([text, ERA_OF_INITIAL[short[1]!]!, short[2]!] as const) : ERA_YEAR_PATTERN.exec(text);
  if (!match) return undefined;
  const era = ERAS.find((e) => e.name === match[1]);
  if (!era) return undefined;
  const n = match[2] === '元' ? 1 : Number(match[2]);
  if (n < 1) return undefined;
  return era.firstYear + n - 1;
}
