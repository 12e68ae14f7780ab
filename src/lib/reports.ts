/**
 * Grouping of released reports for listings: by organisation and fiscal year, newest first.
 */
import type { ManagementIssueDoc, MeasureDoc, StrategySheetDoc } from './content/entries.ts';
import type { ManagementIssue } from '../schemas/management-issue.ts';
import type { Measure } from '../schemas/strategy-sheet.ts';
import { LABELS } from './labels.ts';
import { managementIssueUrl, measureUrl } from './urls.ts';

/** A report's content with its kind: what open data, ratings and pages read from. */
export type ReportDocument = { kind: 'managementIssue'; doc: ManagementIssue } | { kind: 'measure'; doc: Measure };

export interface ReportLink {
  url: string;
  /** 「経営課題2 情報セキュリティ管理体制の実効性確保」 */
  title: string;
  documentType: 'managementPolicy' | 'strategySheet';
  organization: string;
  fiscalYear: number;
  /** Preview only: a report that is not (or cannot be) published, tagged in listings. Absent when published. */
  status?: 'draft' | 'embargoed' | 'error';
}

export function managementIssueTitle(doc: Pick<ManagementIssueDoc, 'number' | 'title'>): string {
  return `${LABELS.managementIssue.heading}${doc.number} ${doc.title}`;
}

export function measureTitle(doc: Pick<MeasureDoc, 'code' | 'name'>): string {
  return `${LABELS.strategySheet.measure} ${doc.code} ${doc.name}`;
}

/** Listing order: newest year first, then organisation, then the report's number as people count. */
export function compareReportLinks(a: ReportLink, b: ReportLink): number {
  const slug = (l: ReportLink) => l.url.split('/').filter(Boolean).pop() ?? '';
  return b.fiscalYear - a.fiscalYear || a.organization.localeCompare(b.organization) || slug(a).localeCompare(slug(b), 'en', { numeric: true });
}

export function reportLinks(issues: ManagementIssueDoc[], measures: MeasureDoc[]): ReportLink[] {
  // Only the preview holds unreleased reports; production links carry no status at all.
  const status = (d: { release?: { status: string } }) => (d.release && d.release.status !== 'published' ? { status: d.release.status as 'draft' | 'embargoed' } : {});
  return [
    ...issues.map((d) => ({ url: managementIssueUrl(d.organization, d.fiscalYear, d.number), title: managementIssueTitle(d), documentType: 'managementPolicy' as const, organization: d.organization, fiscalYear: d.fiscalYear, ...status(d) })),
    ...measures.map((d) => ({ url: measureUrl(d.organization, d.fiscalYear, d.code), title: measureTitle(d), documentType: 'strategySheet' as const, organization: d.organization, fiscalYear: d.fiscalYear, ...status(d) })),
  ].sort(compareReportLinks);
}

export interface OrgYear { organization: string; fiscalYear: number; reports: ReportLink[]; sheet?: StrategySheetDoc }

/** One group per organisation and fiscal year that has at least one released report. */
export function groupByOrganizationYear(links: ReportLink[], sheets: StrategySheetDoc[]): OrgYear[] {
  const groups = new Map<string, OrgYear>();
  for (const link of links) {
    const key = `${link.organization}/${link.fiscalYear}`;
    const group = groups.get(key) ?? { organization: link.organization, fiscalYear: link.fiscalYear, reports: [] };
    group.reports.push(link);
    groups.set(key, group);
  }
  for (const sheet of sheets) {
    const group = groups.get(`${sheet.organization}/${sheet.fiscalYear}`);
    if (group) group.sheet = sheet;
  }
  return [...groups.values()].sort((a, b) => b.fiscalYear - a.fiscalYear || a.organization.localeCompare(b.organization));
}
