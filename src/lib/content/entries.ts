/**
 * Typed access to the collections for pages. Entries were validated by our own schemas in
 * the loader (Astro is given no schema, so it does not validate twice), hence the one cast here.
 */
import { getCollection } from 'astro:content';
import type { ManagementIssue } from '../../schemas/management-issue.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Measure, StrategySheet } from '../../schemas/strategy-sheet.ts';
import { renders, type ShardIndexInfo } from '../build/part.ts';
import { compareReportLinks, type ReportLink } from '../reports.ts';
import type { ContentProblem } from './problems.ts';
import { byEntryId } from './report-docs.ts';
import type { ReleaseInfo } from './release.ts';

export interface EntryMeta {
  id: string;
  release: ReleaseInfo;
  sourceFile: string;
  /** Staff preview only: the content check's warnings for this file */
  warnings?: ContentProblem[];
}
export type ManagementIssueDoc = ManagementIssue & EntryMeta;
export type MeasureDoc = Measure & EntryMeta;
export type StrategySheetDoc = StrategySheet & EntryMeta;

/** Entries of a kind, in id order, with their id; `kind` is the loader's, not part of the schema. */
async function docs<T>(collection: 'reportEntries' | 'strategySheets', kind: 'managementIssue' | 'measure' | 'strategySheet'): Promise<(T & EntryMeta)[]> {
  // 戦略シート headers appear on year pages (listings); 経営課題 and 施策 on report and continuing pages.
  const used = collection === 'strategySheets' ? renders('listings') : renders('reports') || renders('continuity');
  if (!used) return [];
  const entries = await getCollection(collection);
  return entries
    .filter((e) => (e.data as { kind: string }).kind === kind)
    .map((e) => {
      const { kind: _kind, ...data } = e.data as T & Omit<EntryMeta, 'id'> & { kind: string };
      return { ...(data as unknown as T & Omit<EntryMeta, 'id'>), id: e.id };
    })
    .sort(byEntryId);
}

export const getManagementIssues = () => docs<ManagementIssue>('reportEntries', 'managementIssue');
export const getMeasures = () => docs<Measure>('reportEntries', 'measure');
export const getStrategySheets = () => docs<StrategySheet>('strategySheets', 'strategySheet');

export async function getOrganizations(): Promise<Organization[]> {
  const entries = await getCollection('organizations');
  return entries.map((e) => e.data as Organization);
}

/** Every released report (listings, sitemap), in listing order: newest year first. */
export async function getReportLinks(): Promise<ReportLink[]> {
  if (!renders('listings')) return [];
  const entries = await getCollection('reports');
  return entries.map((e) => e.data as ReportLink).sort(compareReportLinks);
}

/** The Pagefind bundles of a sharded build, primary (newest year) first; empty in the dev server. */
export async function getSearchIndexes(): Promise<ShardIndexInfo[]> {
  if (!renders('listings')) return [];
  const entries = await getCollection('searchIndexes');
  return entries.map((e) => e.data as ShardIndexInfo).sort((a, b) => a.position - b.position);
}
