/**
 * What site-wide pages need to know about every report beyond its listing link: the light summary
 * that chains years together, its figure URLs (sitemap) and its rating checks (/checks/). Built one
 * report at a time, so the production build can gather it while checking content, without keeping
 * any report's text in memory; the dev server builds it from all reports at once.
 */
import { continuingChains, reportSlug, summaryKey, summaryOf, type ContinuityChain, type ReportSummary } from './continuity/chains.ts';
import { seriesOf } from './open-data.ts';
import { siteRatingChecks, type SiteRatingCheck } from './rating-check.ts';
import type { ReportDocument } from './reports.ts';
import { reportFilterValues, type ReportFilterValues } from './search/filter-options.ts';
import type { ManagementIssue } from '../schemas/management-issue.ts';
import type { Measure } from '../schemas/strategy-sheet.ts';
import { figureUrl } from './urls.ts';
import { yearDigest, type YearDigest } from './continuity/year-on-year.ts';

/** What the feeds read of a report (src/lib/feed/reports.ts). */
export type FeedDoc =
  | { kind: 'managementIssue'; doc: Pick<ManagementIssue, 'organization' | 'fiscalYear' | 'number' | 'title' | 'publishAt' | 'changes'> }
  | { kind: 'measure'; doc: Pick<Measure, 'organization' | 'fiscalYear' | 'code' | 'name' | 'publishAt' | 'changes'> };

export interface ReportIndexEntry {
  summary: ReportSummary;
  feed: FeedDoc;
  filterValues: ReportFilterValues;
  figureUrls: string[];
  ratingChecks: SiteRatingCheck[];
  /** Its ratings and latest figures, for the next year's 前年度からの変化 (not kept in the SiteIndex) */
  digest: YearDigest;
}

export interface SiteIndex {
  summaries: ReportSummary[];
  feedDocs: FeedDoc[];
  /** One per report and distinct value set: what the search page prints as filter choices */
  filterValues: ReportFilterValues[];
  figureUrls: string[];
  ratingChecks: SiteRatingCheck[];
  chains: ContinuityChain[];
}

export function reportIndexEntry(report: ReportDocument): ReportIndexEntry {
  const { organization, fiscalYear, publishAt, changes } = report.doc;
  const feed: FeedDoc = report.kind === 'managementIssue'
    ? { kind: report.kind, doc: { organization, fiscalYear, publishAt, changes, number: report.doc.number, title: report.doc.title } }
    : { kind: report.kind, doc: { organization, fiscalYear, publishAt, changes, code: report.doc.code, name: report.doc.name } };
  return {
    summary: summaryOf(report),
    feed,
    filterValues: reportFilterValues(report),
    figureUrls: seriesOf(report).map(({ series }) => figureUrl(report.doc.organization, report.doc.fiscalYear, reportSlug(report), series.id)),
    ratingChecks: siteRatingChecks([report]),
    digest: yearDigest(report),
  };
}

/** Each report's digest by summaryKey, for the report pages of the years after it. */
export function digestsOf(entries: readonly ReportIndexEntry[]): Map<string, YearDigest> {
  return new Map(entries.map((e) => [summaryKey(e.summary), e.digest]));
}

/** The site index from per-report entries, in the order site-wide pages list them. */
export function siteIndexOf(entries: readonly ReportIndexEntry[]): SiteIndex {
  const byReport = [...entries].sort((a, b) => a.summary.organization.localeCompare(b.summary.organization) || b.summary.fiscalYear - a.summary.fiscalYear || a.summary.slug.localeCompare(b.summary.slug, 'en', { numeric: true }));
  const summaries = entries.map((e) => e.summary);
  return {
    summaries,
    feedDocs: entries.map((e) => e.feed),
    filterValues: distinctFilterValues(entries.map((e) => e.filterValues)),
    figureUrls: entries.flatMap((e) => e.figureUrls),
    ratingChecks: byReport.flatMap((e) => e.ratingChecks),
    chains: continuingChains(summaries),
  };
}

/** Reports giving the same filter values need listing once (a large archive has many alike). */
function distinctFilterValues(values: readonly ReportFilterValues[]): ReportFilterValues[] {
  const seen = new Map<string, ReportFilterValues>();
  for (const v of values) seen.set(JSON.stringify(v), v);
  return [...seen.values()];
}
