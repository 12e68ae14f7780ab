/**
 * Typed access to the collections for pages. Entries were validated by our own schemas in
 * the loader (Astro is given no schema, so it does not validate twice), hence the one cast here.
 */
import { getCollection } from 'astro:content';
import type { ManagementIssue } from '../../schemas/management-issue.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Measure, StrategySheet } from '../../schemas/strategy-sheet.ts';
import type { ContentProblem } from './problems.ts';
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

async function docs<T>(name: 'managementIssues' | 'measures' | 'strategySheets'): Promise<(T & EntryMeta)[]> {
  const entries = await getCollection(name);
  return entries
    .map((e) => ({ ...(e.data as T & Omit<EntryMeta, 'id'>), id: e.id }))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

export const getManagementIssues = () => docs<ManagementIssue>('managementIssues');
export const getMeasures = () => docs<Measure>('measures');
export const getStrategySheets = () => docs<StrategySheet>('strategySheets');

export async function getOrganizations(): Promise<Organization[]> {
  const entries = await getCollection('organizations');
  return entries.map((e) => e.data as Organization);
}
