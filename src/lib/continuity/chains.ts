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
import { continuingPeriodUrl, continuingReportUrl, reportUrl } from '../urls.ts';
import { continuingPeriods, inSpan } from './periods.ts';
import type { YearDigest } from './year-on-year.ts';
import { seriesOf, type FigureRevision } from '../open-data.ts';

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
  /**
   * The document's own figures of its time series (indicator id → [fiscal year, value]), so the
   * page of an earlier year can say that a later document revised one of its figures.
   */
  figures?: Record<string, [number, number | null][]> | undefined;
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
  const figures: Record<string, [number, number | null][]> = {};
  for (const { series } of seriesOf(report)) {
    if (series.kind === 'timeSeries' && series.points.length > 0) figures[series.id] = series.points.map((p) => [p.fiscalYear, p.value]);
  }
  return { organization: report.doc.organization, kind: report.kind, slug: reportSlug(report), fiscalYear: report.doc.fiscalYear, title, name, continues: report.doc.continues, ...(Object.keys(figures).length > 0 ? { figures } : {}) };
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
  /** Figures of this report that a later document gives differently (by indicator id) */
  revisions?: Record<string, FigureRevision[]>;
  /**
   * This report holds a number (file name) whose earlier holder continues under another one: the
   * new 経営課題2 of 2019 says that the old 経営課題2 goes on as 経営課題3. A report with no other
   * year of its own then has `years` of one (see {@link hasOtherYears}).
   */
  numberMoved?: { earlier: YearLink; movedTo: YearLink };
}

/** Whether the report has years other than its own (an entry may exist only for `numberMoved`). */
export const hasOtherYears = (o: OtherYears | undefined): o is OtherYears => o !== undefined && o.years.length > 1;

/**
 * The figures of `member` that later documents of its chain give differently: as on the
 * continuing-report page, the latest document giving a figure for a year is the one used
 * (a later データなし replaces nothing).
 */
export function revisionsOf(members: readonly ReportSummary[], position: number): Record<string, FigureRevision[]> | undefined {
  const member = members[position]!;
  const later = members.slice(position + 1);
  const result: Record<string, FigureRevision[]> = {};
  for (const [id, points] of Object.entries(member.figures ?? {})) {
    for (const [fiscalYear, value] of points) {
      if (value === null) continue;
      const given = later.map((other) => ({ documentYear: other.fiscalYear, value: other.figures?.[id]?.find(([year]) => year === fiscalYear)?.[1] ?? null })).filter((g) => g.value !== null);
      const used = given.at(-1);
      if (!used || used.value === value) continue;
      // Named after the first document that gave the figure now used (「令和元年度の文書で21件に改訂」).
      const first = given.find((g) => g.value === used.value)!;
      (result[id] ??= []).push({ fiscalYear, value: used.value!, documentYear: first.documentYear });
    }
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

export const reportUrlOf = (s: Pick<ReportSummary, 'organization' | 'fiscalYear' | 'slug'>): string => reportUrl(s.organization, s.fiscalYear, s.slug);

/** Every report's other years (by summaryKey), computed once for a whole build; with the previous year's digest when given. */
export function otherYearsIndex(summaries: readonly ReportSummary[], digests?: ReadonlyMap<string, YearDigest>): Map<string, OtherYears> {
  const index = new Map<string, OtherYears>();
  for (const chain of continuingChains(summaries)) {
    const periods = continuingPeriods(chain.members.map((m) => m.fiscalYear));
    chain.members.forEach((member, position) => {
      // An older year links the page of years that shows it (src/lib/continuity/periods.ts).
      const older = inSpan(member.fiscalYear, periods.latest) ? undefined : periods.older.find((p) => inSpan(member.fiscalYear, p.span));
      const chainUrl = older ? continuingPeriodUrl(chain.organization, chain.id, older.slug) : continuingReportUrl(chain.organization, chain.id);
      const years = chain.members.map((m, i) => ({ fiscalYear: m.fiscalYear, title: m.title, url: reportUrlOf(m), current: i === position }));
      const previousDigest = position > 0 ? digests?.get(summaryKey(chain.members[position - 1]!)) : undefined;
      const revisions = revisionsOf(chain.members, position);
      index.set(summaryKey(member), {
        chainUrl,
        ...(previousDigest ? { previousDigest } : {}),
        ...(revisions ? { revisions } : {}),
        ...(position > 0 ? { previous: years[position - 1]! } : {}),
        ...(position < years.length - 1 ? { next: years[position + 1]! } : {}),
        years,
      });
    });
  }
  addNumberMoves(summaries, index);
  return index;
}

/** Marks each report that took over a number whose earlier holder went on under another number. */
function addNumberMoves(summaries: readonly ReportSummary[], index: Map<string, OtherYears>): void {
  const byKey = new Map(summaries.map((s) => [summaryKey(s), s]));
  const successor = new Map([...predecessors(summaries)].map(([later, earlier]) => [earlier, later]));
  const link = (s: ReportSummary, current = false): YearLink => ({ fiscalYear: s.fiscalYear, title: s.title, url: reportUrlOf(s), current });
  const sorted = [...summaries].sort(byYearThenSlug);
  for (const s of sorted) {
    const earlier = sorted.filter((e) => e.organization === s.organization && e.kind === s.kind && e.slug === s.slug && e.fiscalYear < s.fiscalYear).at(-1);
    if (!earlier) continue;
    const next = successor.get(summaryKey(earlier));
    const movedTo = next === undefined ? undefined : byKey.get(next);
    if (!movedTo || movedTo.slug === s.slug) continue;
    const numberMoved = { earlier: link(earlier), movedTo: link(movedTo) };
    const own = index.get(summaryKey(s));
    index.set(summaryKey(s), own ? { ...own, numberMoved } : { chainUrl: reportUrlOf(movedTo), years: [link(s, true)], numberMoved });
  }
}

/** The same report's other years, for the 前年度 / 翌年度 links; undefined when it has none yet. */
export function otherYearsOf(summaries: readonly ReportSummary[], current: Pick<ReportSummary, 'organization' | 'fiscalYear' | 'slug'>): OtherYears | undefined {
  return otherYearsIndex(summaries).get(summaryKey(current));
}
