/**
 * The continuing-report pages (/<org>/<chain>/): which reports each one gathers, and the title of
 * each year with what changed. Pure functions of the reports, so a build that holds every year's
 * content (or just the reports of one chain) can render them.
 */
import type { ReportDocument } from '../reports.ts';
import { continuingChains, reportUrlOf, summaryKey, summaryOf, type ContinuityChain } from './chains.ts';
import type { DatedReport } from './series.ts';

export interface ContinuingReport {
  chain: ContinuityChain;
  /** Oldest first */
  reports: DatedReport[];
}

export function continuingReports(reports: readonly ReportDocument[]): ContinuingReport[] {
  const byKey = new Map(reports.map((r) => [summaryKey(summaryOf(r)), r]));
  return continuingChains(reports.map(summaryOf)).map((chain) => ({
    chain,
    reports: chain.members.map((m) => ({ fiscalYear: m.fiscalYear, report: byKey.get(summaryKey(m))! })),
  }));
}

export interface TitleRow {
  fiscalYear: number;
  title: string;
  url: string;
  /** The name differs from the previous year's */
  nameChanged: boolean;
  /** The number (code) differs from the previous year's */
  numberChanged: boolean;
  /** The chain's first year (a page of older years may start later) */
  first: boolean;
}

export function titlesOverYears(chain: ContinuityChain): TitleRow[] {
  return chain.members.map((m, i) => {
    const previous = chain.members[i - 1];
    return {
      fiscalYear: m.fiscalYear,
      title: m.title,
      url: reportUrlOf(m),
      nameChanged: previous !== undefined && previous.name !== m.name,
      numberChanged: previous !== undefined && previous.slug !== m.slug,
      first: previous === undefined,
    };
  });
}
