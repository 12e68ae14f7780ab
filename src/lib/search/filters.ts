/**
 * Search filters (Pagefind `data-pagefind-filter`) and result metadata (`data-pagefind-meta`):
 * their keys and values, written by SearchMetadata on every report page and read back by the
 * search page. Keeping both sides here means a filter value can never be spelt two ways.
 */
import { LABELS } from '../labels.ts';
import { compareNatural } from '../natural-order.ts';
import { VOCABULARIES } from '../ratings.ts';
import { alternativeEraNames, formatFiscalYear, parseFiscalYearLabel, shortWarekiFiscalYear } from '../wareki.ts';

/** Filter names as shown to readers (they are also the Pagefind filter keys). */
export const FILTER_KEYS = {
  fiscalYear: '年度',
  organization: '組織',
  documentType: '文書種別',
  rating: '評価',
} as const;

export type FilterId = keyof typeof FILTER_KEYS;
export type FilterKey = (typeof FILTER_KEYS)[FilterId];

/** Order of the filter groups on the search page. */
export const FILTER_ORDER: readonly FilterId[] = ['fiscalYear', 'organization', 'documentType', 'rating'];

/** Query-string parameter of each filter (ASCII, so shared links stay readable). */
export const FILTER_PARAMS: Record<FilterId, string> = {
  fiscalYear: 'year',
  organization: 'org',
  documentType: 'type',
  rating: 'rating',
};

/** Metadata keys returned with each result. */
export const META_KEYS = {
  title: 'title',
  organization: 'organization',
  fiscalYear: 'fiscalYear',
  documentType: 'documentType',
  /** Every name of the fiscal year, so a search for any of them matches the page. */
  fiscalYearNames: 'fiscalYearNames',
} as const;

export type DocumentType = keyof typeof LABELS.documentType;

/** 「平成30年度（2018年度）」 */
export function fiscalYearFilterValue(fiscalYear: number): string {
  return formatFiscalYear(fiscalYear);
}

/** 「平成31年度 令和元年度 2019年度」 — searchable text naming the year every way. */
export function fiscalYearSearchText(fiscalYear: number): string {
  // Also 「H30」, the short form tables and the documents themselves use (H29.3.31, H28年4月).
  return [...alternativeEraNames(fiscalYear), `${shortWarekiFiscalYear(fiscalYear)}年度`].join(' ');
}

export function documentTypeFilterValue(type: DocumentType): string {
  return LABELS.documentType[type];
}

const DOCUMENT_TYPE_ORDER = Object.values(LABELS.documentType) as string[];
const VOCABULARY_ORDER = Object.values(VOCABULARIES);

/** Position of a rating value (「戦略の進捗状況: a 順調」) in the legend's order. */
function ratingRank(value: string): number {
  const index = VOCABULARY_ORDER.findIndex((v) => value.startsWith(`${v.name}:`) || value.startsWith(`${v.name}：`));
  if (index < 0) return Number.MAX_SAFE_INTEGER;
  const vocabulary = VOCABULARY_ORDER[index]!;
  const rest = value.slice(vocabulary.name.length + 1).trim();
  const codeIndex = vocabulary.codes.findIndex((c) => rest === c.code || rest.startsWith(`${c.code} `));
  return index * 100 + (codeIndex < 0 ? 99 : codeIndex);
}

/** The Western start year of a 年度 filter value; MAX_SAFE_INTEGER when it is not one. */
export function fiscalYearOfFilterValue(value: string): number {
  // 「平成30年度（2018年度）」: the 和暦 part is enough to recover the year.
  return parseFiscalYearLabel(value.split('（')[0] ?? value) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Orders the values of a filter the way readers expect: newest year first, document types and
 * ratings in the legend's order, organisations in Japanese collation order.
 */
export function compareFilterValues(id: FilterId, a: string, b: string): number {
  const byText = a.localeCompare(b, 'ja');
  switch (id) {
    case 'fiscalYear':
      return fiscalYearOfFilterValue(b) - fiscalYearOfFilterValue(a) || byText;
    case 'documentType': {
      const rank = (v: string) => (DOCUMENT_TYPE_ORDER.includes(v) ? DOCUMENT_TYPE_ORDER.indexOf(v) : 99);
      return rank(a) - rank(b) || byText;
    }
    case 'rating':
      return ratingRank(a) - ratingRank(b) || byText;
    case 'organization':
      // 第1室, 第2室, …, 第11室: numbers in names as people count them.
      return compareNatural(a, b);
    default:
      return byText;
  }
}

/** The filter id for a Pagefind filter key, or undefined for keys the page does not show. */
export function filterIdOfKey(key: string): FilterId | undefined {
  return FILTER_ORDER.find((id) => FILTER_KEYS[id] === key);
}
