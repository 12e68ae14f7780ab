/**
 * What site-wide pages need to know about every report beyond its listing link: the light summary
 * that chains years together, its figure URLs (sitemap) and its rating checks (/checks/). Built one
 * report at a time, so the production build can gather it while checking content, without keeping
 * any report's text in memory; the dev server builds it from all reports at once.
 */
import { continuingChains, reportSlug, summaryOf, type ContinuityChain, type ReportSummary } from './continuity/chains.ts';
import { seriesOf } from './open-data.ts';
import { siteRatingChecks, type SiteRatingCheck } from './rating-check.ts';
import type { ReportDocument } from './reports.ts';
import { figureUrl } from './urls.ts';

export interface ReportIndexEntry {
  summary: ReportSummary;
  figureUrls: string[];
  ratingChecks: SiteRatingCheck[];
}

export interface SiteIndex {
  summaries: ReportSummary[];
  figureUrls: string[];
  ratingChecks: SiteRatingCheck[];
  chains: ContinuityChain[];
}

export function reportIndexEntry(report: ReportDocument): ReportIndexEntry {
  return {
    summary: summaryOf(report),
    figureUrls: seriesOf(report).map(({ series }) => figureUrl(report.doc.organization, report.doc.fiscalYear, reportSlug(report), series.id)),
    ratingChecks: siteRatingChecks([report]),
  };
}

/** The site index from per-report entries, in the order site-wide pages list them. */
export function siteIndexOf(entries: readonly ReportIndexEntry[]): SiteIndex {
  const byReport = [...entries].sort((a, b) => a.summary.organization.localeCompare(b.summary.organization) || b.summary.fiscalYear - a.summary.fiscalYear || a.summary.slug.localeCompare(b.summary.slug, 'en', { numeric: true }));
  const summaries = entries.map((e) => e.summary);
  return {
    summaries,
    figureUrls: entries.flatMap((e) => e.figureUrls),
    ratingChecks: byReport.flatMap((e) => e.ratingChecks),
    chains: continuingChains(summaries),
  };
}
