/**
 * Search query handling shared by the search page and its tests: normalisation and the
 * expansion of fiscal-year labels into every name the year is known by.
 */
import { alternativeEraNames, parseFiscalYearLabel } from '../wareki.ts';

/**
 * NFKC folds half-width katakana (ｾｷｭﾘﾃｨ → セキュリティ), full-width letters and digits
 * (２０１８ → 2018) and ideographic spaces, which the index never contains.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** 平成30年度, 令和元年度, 2018年度 — only 「年度」 forms: 「平成30年」 may be a calendar year. */
const FISCAL_YEAR_LABEL = /(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年度|[MTSHRmtshr]\d{1,2}年度|\d{4}年度/gu;

/** Upper bound on query variants, so a query listing many years stays a handful of searches. */
export const MAX_QUERY_VARIANTS = 8;

export interface ExpandedQuery {
  /** The normalised query as typed */
  normalized: string;
  /** Western starting years of the fiscal-year labels found in the query, in order */
  fiscalYears: number[];
  /**
   * Queries to run and merge: each fiscal-year label replaced by each name of that year, so
   * 「平成30年度」 and 「2018年度」 (and 「平成31年度」/「令和元年度」) give the same results.
   */
  variants: string[];
}

export function expandQuery(raw: string): ExpandedQuery {
  const normalized = normalizeQuery(raw);
  const labels = [...normalized.matchAll(FISCAL_YEAR_LABEL)];
  const fiscalYears: number[] = [];
  let variants = [''];
  let cursor = 0;
  for (const match of labels) {
    const year = parseFiscalYearLabel(match[0]);
    const before = normalized.slice(cursor, match.index);
    cursor = match.index + match[0].length;
    if (year === undefined) {
      variants = variants.map((v) => v + before + match[0]);
      continue;
    }
    fiscalYears.push(year);
    const names = alternativeEraNames(year);
    const next: string[] = [];
    for (const variant of variants) for (const name of names) next.push(variant + before + name);
    variants = next.slice(0, MAX_QUERY_VARIANTS);
  }
  const rest = normalized.slice(cursor);
  variants = [...new Set(variants.map((v) => (v + rest).trim()))];
  return { normalized, fiscalYears, variants: normalized === '' ? [] : variants };
}
