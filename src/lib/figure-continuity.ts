/**
 * What a figure needs to know about the same report's other years: the figures a later document
 * gives differently (「令和元年度（平成31年度）の文書で21件に改訂」) and the page of all years.
 */
import { hasOtherYears, type OtherYears } from './continuity/chains.ts';
import type { FigureRevision } from './open-data.ts';

export interface FigureContinuity {
  revisions: Readonly<Record<string, readonly FigureRevision[]>>;
  /** /<org>/<continuing report>/ */
  seriesHref: string;
}

export function figureContinuityOf(otherYears: OtherYears | undefined): FigureContinuity | undefined {
  return hasOtherYears(otherYears) ? { revisions: otherYears.revisions ?? {}, seriesHref: otherYears.chainUrl } : undefined;
}
