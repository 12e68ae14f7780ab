/**
 * Content files with an error, one entry each with their problems, and the report each file is
 * (the file's path under the content folder is its page's: osaka-ict/2018/keiei-kadai-2.yaml is
 * /osaka-ict/2018/keiei-kadai-2/). A production build stops on any of them.
 */
import path from 'node:path';
import type { ContentProblem } from '../content/problems.ts';
import type { ReportLink } from '../reports.ts';
import { entryUrl } from '../urls.ts';
import type { UnpublishableFile } from './publishing-changes.ts';

/** The report id of a content file, or undefined when the file is not a report (organizations.yaml, sheet.yaml). */
export function reportIdOfFile(file: string, contentDir: string, cwd = process.cwd()): string | undefined {
  const relative = path.relative(contentDir, path.resolve(cwd, file)).split(path.sep).join('/');
  const match = /^([^/]+)\/(\d{4})\/((?:keiei-kadai|shisaku)-[^/]+)\.ya?ml$/.exec(relative);
  return match ? `${match[1]}/${match[2]}/${match[3]}` : undefined;
}

export function unpublishableFiles(problems: readonly ContentProblem[], contentDir: string, cwd = process.cwd()): Omit<UnpublishableFile, 'published' | 'publishedData'>[] {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return [...byFile]
    .filter(([, list]) => list.some((p) => p.severity === 'error'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, list]) => {
      const id = reportIdOfFile(file, contentDir, cwd);
      return { file, ...(id ? { id } : {}), problems: list.sort((a, b) => a.line - b.line || a.column - b.column) };
    });
}

/** Listing links for reports whose file has an error, so year pages keep them, tagged (preview only). */
export function unpublishableLinks(files: readonly Pick<UnpublishableFile, 'id' | 'published'>[]): ReportLink[] {
  return files.flatMap((file) => {
    if (!file.id) return [];
    const [organization, year, slug] = file.id.split('/') as [string, string, string];
    const documentType = slug.startsWith('shisaku-') ? ('strategySheet' as const) : ('managementPolicy' as const);
    return [{ url: entryUrl(file.id), title: file.published?.title ?? slug, documentType, organization, fiscalYear: Number(year), status: 'error' as const }];
  });
}
