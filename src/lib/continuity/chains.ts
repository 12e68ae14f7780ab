/**
 * Which reports continue each other across fiscal years. Pure functions of a light summary of
 * each report (organisation, kind, file name, year, title, `continues`), so a build that renders
 * one fiscal year can still link to the others from a small list.
 *
 * Rules, in this order:
 * 1. A report whose file says `continues: { fiscalYear, report }` continues that report (the content
 *    check guarantees it exists, is of the same kind and is earlier).
 * 2. Otherwise it continues the report of the same organisation, kind and number (code) in the
 *    latest earlier year that has one — unless another report already continues that one by rule 1
 *    (a renumbered 経営課題 keeps its history; the new report under the old number starts afresh).
 * A chain is named after its first report's file name (`keiei-kadai-2`); when two chains of one
 * organisation start with the same name, the later-starting one gets its first year appended
 * (`keiei-kadai-2-2019`), so existing URLs never change when a year is added.
 */
import type { ReportDocument } from '../reports.ts';
import { managementIssueTitle, measureTitle } from '../reports.ts';
import type { Continues } from '../../schemas/continuity.ts';
import { continuingReportUrl, reportUrl } from '../urls.ts';
import type { YearDigest } from './year-on-year.ts';

export type ReportKind = ReportDocument['kind'];

/** What other years need to know about a report: enough to link to it and to build chains. */
export interface ReportSummary {
  organization: string;
  kind: ReportKind;
  /** File name without extension, e.g. keiei-kadai-2, shisaku-4-1-2 */
  slug: string;
  fiscalYear: number;
  /** 「経営課題2 情報セキュリティ管理体制の実効性確保」 */
  title: string;
  /** The name alone, without the number: 「情報セキュリティ管理体制の実効性確保」 */
  name: string;
  continues?: Continues | undefined;
}

export interface ContinuityChain {
  organization: string;
  kind: ReportKind;
  /** URL segment of the continuing-report page: /<organization>/<id>/ */
  id: string;
  /** Oldest first */
  members: ReportSummary[];
}

export function reportSlug(report: ReportDocument): string {
  return report.kind === 'managementIssue' ? `keiei-kadai-${report.doc.number}` : `shisaku-${report.doc.code}`;
}

export function summaryOf(report: ReportDocument): ReportSummary {
  const title = report.kind === 'managementIssue' ? managementIssueTitle(report.doc) : measureTitle(report.doc);
  const name = report.kind === 'managementIssue' ? report.doc.title : report.doc.name;
  return { organization: report.doc.organization, kind: report.kind, slug: reportSlug(report), fiscalYear: report.doc.fiscalYear, title, name, continues: report.doc.continues };
}

export const summaryKey = (s: Pick<ReportSummary, 'organization' | 'fiscalYear' | 'slug'>): string => `${s.organization}/${s.fiscalYear}/${s.slug}`;

const byYearThenSlug = (a: ReportSummary, b: ReportSummary): number =>
  a.organization.localeCompare(b.organization) || a.fiscalYear - b.fiscalYear || a.slug.localeCompare(b.slug, 'en', { numeric: true });

/** The predecessor of every report that continues another (key → key). */
export function predecessors(summaries: readonly ReportSummary[]): Map<string, string> {
  const byKey = new Map(summaries.map((s) => [summaryKey(s), s]));
  const predecessor = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...summaries].sort(byYearThenSlug);
  // Rule 1 first, for every year, so that rule 2 never takes a report that a later file claims.
  for (const s of sorted) {
    if (!s.continues) continue;
    const target = byKey.get(summaryKey({ organization: s.organization, fiscalYear: s.continues.fiscalYear, slug: s.continues.report }));
    if (!target || target.kind !== s.kind || target.fiscalYear >= s.fiscalYear || taken.has(summaryKey(target))) continue;
    predecessor.set(summaryKey(s), summaryKey(target));
    taken.add(summaryKey(target));
  }
  // Sorted by year, so the last report seen under a name is the latest earlier one.
  const latestByName = new Map<string, ReportSummary>();
  for (const s of sorted) {
    const name = `${s.organization}/${s.kind}/${s.slug}`;
    const latest = latestByName.get(name);
    latestByName.set(name, s);
    if (s.continues || !latest || latest.fiscalYear === s.fiscalYear || taken.has(summaryKey(latest))) continue;
    predecessor.set(summaryKey(s), summaryKey(latest));
    taken.add(summaryKey(latest));
  }
  return predecessor;
}

/** Every chain of reports, single-year ones included, in organisation / start-year / name order. */
export function buildChains(summaries: readonly ReportSummary[]): ContinuityChain[] {
  const byKey = new Map(summaries.map((s) => [summaryKey(s), s]));
  const predecessor = predecessors(summaries);
  const successor = new Map([...predecessor].map(([later, earlier]) => [earlier, later]));
  const chains: ContinuityChain[] = [];
  for (const start of [...summaries].sort(byYearThenSlug)) {
    if (predecessor.has(summaryKey(start))) continue;
    const members = [start];
    for (let next = successor.get(summaryKey(start)); next !== undefined; next = successor.get(next)) members.push(byKey.get(next)!);
    chains.push({ organization: start.organization, kind: start.kind, id: start.slug, members });
  }
  // Same first name in one organisation: the earliest keeps it, later ones add their first year.
  const used = new Set<string>();
  for (const chain of chains) {
    const key = `${chain.organization}/${chain.id}`;
    if (used.has(key)) chain.id = `${chain.id}-${chain.members[0]!.fiscalYear}`;
    used.add(`${chain.organization}/${chain.id}`);
  }
  return chains;
}

/** Chains with two or more years: each gets a page of its own. */
export function continuingChains(summaries: readonly ReportSummary[]): ContinuityChain[] {
  return buildChains(summaries).filter((c) => c.members.length > 1);
}

export interface YearLink {
  fiscalYear: number;
  title: string;
  url: string;
  current: boolean;
}

export interface OtherYears {
  /** The continuing-report page (all years side by side) */
  chainUrl: string;
  previous?: YearLink;
  next?: YearLink;
  /** Every year of the report, oldest first, the current one marked */
  years: YearLink[];
  /** The previous year's ratings and latest figures, for 前年度からの変化 (when the build has them) */
  previousDigest?: YearDigest;
}

export const reportUrlOf = (s: Pick<ReportSummary, 'organization' | 'fiscalYear' | 'slug'>): string => reportUrl(s.organization, s.fiscalYear, s.slug);

/** Every report's other years (by summaryKey), computed once for a whole build; with the previous year's digest when given. */
export function otherYearsIndex(summaries: readonly ReportSummary[], digests?: ReadonlyMap<string, YearDigest>): Map<string, OtherYears> {
  const index = new Map<string, OtherYears>();
  for (const chain of continuingChains(summaries)) {
    const chainUrl = continuingReportUrl(chain.organization, chain.id);
    chain.members.forEach((member, position) => {
      const years = chain.members.map((m, i) => ({ fiscalYear: m.fiscalYear, title: m.title, url: reportUrlOf(m), current: i === position }));
      const previousDigest = position > 0 ? digests?.get(summaryKey(chain.members[position - 1]!)) : undefined;
      index.set(summaryKey(member), {
        chainUrl,
        ...(previousDigest ? { previousDigest } : {}),
        ...(position > 0 ? { previous: years[position - 1]! } : {}),
        ...(position < years.length - 1 ? { next: years[position + 1]! } : {}),
        years,
      });
    });
  }
  return index;
}

/** The same report's other years, for the 前年度 / 翌年度 links; undefined when it has none yet. */
export function otherYearsOf(summaries: readonly ReportSummary[], current: Pick<ReportSummary, 'organization' | 'fiscalYear' | 'slug'>): OtherYears | undefined {
  return otherYearsIndex(summaries).get(summaryKey(current));
}
