/**
 * Identifiers that become parts of URLs must not take a URL the site itself writes: an
 * organisation id 「search」 would be published at /search/, where the search page is, and Astro
 * would only warn and publish one of the two. Organisation ids, fiscal-year folders, report file
 * names and indicator ids are checked against the names read from the routes and the output
 * (src/lib/site-paths.ts), so new pages are covered as soon as they are added.
 */
import type { Organization } from '../../schemas/organization.ts';
import { managementIssueIndicators } from '../../schemas/management-issue.ts';
import { measureIndicators } from '../../schemas/strategy-sheet.ts';
import { findReserved, reservedNamesByLevel, type ReservedName, type ReservedNamesByLevel } from '../site-paths.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedFile } from './read.ts';
import { locate } from './validate.ts';

let cached: ReservedNamesByLevel | undefined;

/** The site's own names, read once per process (the pages do not change while content is checked). */
function reserved(): ReservedNamesByLevel {
  cached ??= reservedNamesByLevel();
  return cached;
}

/** 「組織 id「search」はサイト自身の URL /search/ と重なります（ページ src/pages/search.astro）…」 */
const taken = (what: { ja: string; en: string }, value: string, where: { ja: string; en: string }, by: ReservedName): string =>
  `${what.ja}「${value}」は${where.ja}と重なります（${by.origin}）。別の名前にしてください / ${what.en} "${value}" collides with ${where.en} (${by.origin})`;

const ownPath = (url: string) => ({ ja: `サイト自身の URL ${url} `, en: `the site's own path ${url}` });

/** Organisation ids against the top-level names of the site. */
export function organizationIdProblems(files: readonly { parsed: ParsedFile; organizations: readonly Organization[] }[], names: ReservedNamesByLevel = reserved()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { parsed, organizations } of files) {
    organizations.forEach((org, index) => {
      const by = findReserved(names.organization, org.id);
      if (!by) return;
      const path = ['organizations', index, 'id'];
      problems.push({ severity: 'error', file: parsed.file, ...locate(parsed, path), field: path.join('.'), message: taken({ ja: '組織 id', en: 'organization id' }, org.id, ownPath(`/${org.id}/`), by) });
    });
  }
  return problems;
}

interface ReportFile {
  /** e.g. osaka-ict/2018/keiei-kadai-2 */
  id: string;
  file: string;
  kind: 'managementIssue' | 'measure' | 'strategySheet';
  data: unknown;
}

/** The fiscal-year folder, the report's file name and its indicator ids, against the names at their level. */
export function reportUrlProblems(entry: ReportFile, parsed: ParsedFile, names: ReservedNamesByLevel = reserved()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const [org = '', year = '', report = ''] = entry.id.split('/');
  const yearTaken = findReserved(names.fiscalYear, year);
  if (yearTaken) {
    problems.push({ severity: 'error', file: entry.file, ...locate(parsed, ['fiscalYear']), field: 'fiscalYear', message: taken({ ja: '年度のフォルダ名', en: 'fiscal year folder' }, year, ownPath(`/${org}/${year}/`), yearTaken) });
  }
  const reportTaken = findReserved(names.report, report);
  if (reportTaken) {
    problems.push({ severity: 'error', file: entry.file, line: 0, column: 0, field: '', message: taken({ ja: 'ファイル名', en: 'report file name' }, report, ownPath(`/${org}/${year}/${report}/`), reportTaken) });
  }
  const indicators =
    entry.kind === 'managementIssue' ? managementIssueIndicators(entry.data as Parameters<typeof managementIssueIndicators>[0])
    : entry.kind === 'measure' ? measureIndicators(entry.data as Parameters<typeof measureIndicators>[0])
    : [];
  for (const at of indicators) {
    const by = findReserved(names.indicator, at.id);
    if (!by) continue;
    const path = [...at.path, 'id'];
    problems.push({ severity: 'error', file: entry.file, ...locate(parsed, path), field: path.join('.'), message: taken({ ja: '指標 id', en: 'indicator id' }, at.id, { ja: `、報告書ページ /${org}/${year}/${report}/ の下でサイト自身が使う名前「${by.name}」`, en: `the name "${by.name}" the site uses below the report page /${org}/${year}/${report}/` }, by) });
  }
  return problems;
}
