/**
 * Content entries as pages see them (the data of one 経営課題 or 施策 with its id, release, source
 * file and, in the staff preview, the check's warnings for its file). The content loader stores
 * entries in this shape for Astro's collections; the build process makes the same documents from a
 * shard's entries to write their data files (scripts/build/data-files.ts).
 */
import type { ReportDoc } from '../site-data.ts';
import type { ReportEntry } from './load.ts';
import type { ContentProblem } from './problems.ts';

/** Entries in id order (numbers inside ids compared as numbers), the order pages list them in. */
export const byEntryId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id, 'en', { numeric: true });

/**
 * A page's fields of an entry, beside the content itself. `problems`: the staff preview's (empty in
 * production); the page of a file shows its warnings (never errors: a file with errors has no page).
 */
export function entryMeta(entry: ReportEntry, problems: readonly ContentProblem[]) {
  const warnings = problems.filter((p) => p.severity === 'warning' && p.file === entry.file);
  return { release: entry.release, sourceFile: entry.file, ...(warnings.length > 0 ? { warnings } : {}) };
}

/** The 経営課題, then the 施策, each in id order, as getReportDocuments gives them to pages. */
export function reportDocsOf(entries: readonly ReportEntry[], problems: readonly ContentProblem[]): ReportDoc[] {
  const docs: ReportDoc[] = [];
  for (const kind of ['managementIssue', 'measure'] as const) {
    for (const entry of entries.filter((e) => e.kind === kind).sort(byEntryId)) {
      // The same fields, in the same order, as the collections give pages (entries.ts).
      docs.push({ kind: entry.kind, doc: { ...entry.data, ...entryMeta(entry, problems), id: entry.id } } as ReportDoc);
    }
  }
  return docs;
}
