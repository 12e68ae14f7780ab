/**
 * Loads and checks the whole content folder. Used by the Astro loader (build and preview)
 * and by `npm run check`, so both report exactly the same problems.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_KINDS, contentKindOf, type ReportKind } from '../../schemas/index.ts';
import type { ManagementIssue } from '../../schemas/management-issue.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { Measure, StrategySheet } from '../../schemas/strategy-sheet.ts';
import { continuityProblems } from './continuity-check.ts';
import type { ContentProblem } from './problems.ts';
import { lintParsedFile } from './lint.ts';
import { readContentFile, reopenForPositions, type ParsedFile } from './read.ts';
import { releaseStatus, type ReleaseInfo } from './release.ts';
import { changeNoteDateWarnings } from './change-note-dates.ts';
import type { ChangeNote } from '../../schemas/change-note.ts';
import { requiredFieldWarnings } from './required-fields.ts';
import { placeName } from './place-name.ts';
import { organizationIdProblems, reportUrlProblems } from './url-names.ts';
import { locate, validateParsed } from './validate.ts';

interface EntryBase {
  /** Stable id = path without extension, e.g. osaka-ict/2018/keiei-kadai-2 */
  id: string;
  /** File path for messages */
  file: string;
  release: ReleaseInfo;
}
export interface ManagementIssueEntry extends EntryBase { kind: 'managementIssue'; data: ManagementIssue }
export interface StrategySheetEntry extends EntryBase { kind: 'strategySheet'; data: StrategySheet }
export interface MeasureEntry extends EntryBase { kind: 'measure'; data: Measure }
export type ReportEntry = ManagementIssueEntry | StrategySheetEntry | MeasureEntry;

interface OrganizationFile { parsed: ParsedFile; organizations: Organization[] }

export interface LoadedContent {
  organizations: Organization[];
  entries: ReportEntry[];
  problems: ContentProblem[];
}

export interface LoadOptions {
  /** Absolute path of the content folder */
  contentDir: string;
  /** How file paths are shown in messages (relative to this folder) */
  displayRoot?: string;
  now: Date;
  /**
   * Called with every valid entry, in path order (files of one organisation and year come
   * together). With `keepEntries: false` the returned entries keep no long text (see
   * entrySkeleton), so a large archive is checked in bounded memory.
   */
  onEntry?: (entry: ReportEntry) => void | Promise<void>;
  keepEntries?: boolean;
}

/**
 * An entry without its texts: top-level strings up to 300 characters (titles, names, codes) and,
 * further in, strings up to 40 characters (ids, units, rating codes) stay, with the structure and
 * figures; longer strings become ''. Enough for cross-file checks and listings, while the prose —
 * the bulk of a report — is dropped, so a large archive is checked in bounded memory.
 */
export function entrySkeleton<T extends ReportEntry>(entry: T): T {
  const prune = (value: unknown, limit: number): unknown => {
    if (typeof value === 'string') return value.length > limit ? '' : value;
    if (Array.isArray(value)) return value.map((v) => prune(v, 40));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prune(v, 40)]));
    return value;
  };
  const data = Object.fromEntries(Object.entries(entry.data as Record<string, unknown>).map(([k, v]) => [k, prune(v, 300)]));
  // A JSON round trip copies every kept string: a string cut out of the file's text by the YAML
  // reader can keep the whole text alive (V8 sliced strings), which is what this is meant to drop.
  return JSON.parse(JSON.stringify({ ...entry, data })) as T;
}

async function listYamlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    const items = await readdir(current, { withFileTypes: true });
    for (const item of items) {
      if (item.name.startsWith('.')) continue;
      const full = path.join(current, item.name);
      if (item.isDirectory()) await walk(full);
      else if (/\.ya?ml$/i.test(item.name)) found.push(full);
    }
  }
  await walk(dir);
  return found.sort();
}

export async function loadContent(options: LoadOptions): Promise<LoadedContent> {
  const { contentDir, now } = options;
  const displayRoot = options.displayRoot ?? process.cwd();
  const problems: ContentProblem[] = [];
  const organizations: Organization[] = [];
  const entries: ReportEntry[] = [];
  const parsedById = new Map<string, ParsedFile>();
  // Every report file found, valid or not: a `continues` naming a file with errors of its own is not "missing".
  const reportFileIds = new Set<string>();
  const organizationFiles: OrganizationFile[] = [];
  // When organizations.yaml itself is wrong, "unknown organization" in every report would only repeat it.
  let organizationsBroken = false;

  let files: string[];
  try {
    files = await listYamlFiles(contentDir);
  } catch (error) {
    return { organizations, entries, problems: [{ severity: 'error', file: contentDir, line: 0, column: 0, field: '', message: `コンテンツのフォルダを読めません / cannot read content folder: ${(error as Error).message}` }] };
  }

  // Files are read a few at a time (reading one after another left the CPU idle), and then
  // checked in path order so the report and the entries are always in the same order.
  const reads = new Map<string, ReturnType<typeof readContentFile>>();
  const READ_AHEAD = 16;
  const display = (absolute: string) => path.relative(displayRoot, absolute).split(path.sep).join('/') || absolute;
  const startRead = (index: number) => {
    const absolute = files[index];
    if (absolute !== undefined && !reads.has(absolute)) reads.set(absolute, readContentFile(absolute, display(absolute)));
  };
  for (let i = 0; i < READ_AHEAD; i++) startRead(i);

  for (const [index, absolute] of files.entries()) {
    startRead(index + READ_AHEAD);
    const firstProblem = problems.length;
    const relative = path.relative(contentDir, absolute).split(path.sep).join('/');
    const shown = display(absolute);
    const pendingRead = reads.get(absolute) ?? readContentFile(absolute, shown);
    reads.delete(absolute);
    const kind = contentKindOf(relative);
    if (!kind) {
      problems.push({ severity: 'error', file: shown, line: 0, column: 0, field: '', message: `ファイルの場所・名前が決まりに合いません。使える形: ${Object.values(CONTENT_KINDS).map((k) => k.description).join('、')} / unexpected file name or location` });
      continue;
    }
    if (kind !== 'organizations' && kind !== 'site') reportFileIds.add(relative.replace(/\.ya?ml$/i, ''));
    const { parsed, problems: readProblems } = await pendingRead;
    problems.push(...readProblems);
    if (!parsed) continue;
    problems.push(...lintParsedFile(parsed));
    const result = validateParsed(parsed, CONTENT_KINDS[kind].schema);
    problems.push(...result.problems);
    namePlaces(problems, firstProblem, parsed.data);
    if (!result.data) {
      if (kind === 'organizations') organizationsBroken = true;
      continue;
    }
    // content/site.yaml: checked here like every file; pages read it through src/lib/site-settings.ts.
    if (kind === 'site') continue;
    if (kind === 'organizations') {
      organizationFiles.push({ parsed, organizations: (result.data as { organizations: Organization[] }).organizations });
      organizations.push(...organizationFiles.at(-1)!.organizations);
      continue;
    }
    const id = relative.replace(/\.ya?ml$/i, '');
    const data = result.data as ReportEntry['data'];
    const [orgFolder, yearFolder] = id.split('/');
    // The folder names are the URL; they must agree with what the file says.
    if (data.organization !== orgFolder) {
      problems.push({ severity: 'error', file: shown, ...locate(parsed, ['organization']), field: 'organization', message: `フォルダ名「${orgFolder}」と組織「${data.organization}」が一致しません / organization must match its folder` });
    }
    if (String(data.fiscalYear) !== yearFolder) {
      problems.push({ severity: 'error', file: shown, ...locate(parsed, ['fiscalYear']), field: 'fiscalYear', message: `フォルダ名「${yearFolder}」と年度 ${data.fiscalYear} が一致しません / fiscalYear must match its folder` });
    }
    if (kind === 'managementIssue') problems.push(...requiredFieldWarnings(data as ManagementIssue, parsed));
    problems.push(...reportUrlProblems({ id, file: shown, kind: kind as ReportKind, data }, parsed));
    if (kind !== 'strategySheet') problems.push(...changeNoteDateWarnings(data as { fiscalYear: number; changes?: ChangeNote[] }, shown, parsed, now));
    namePlaces(problems, firstProblem, parsed.data);
    const entry = { id, kind: kind as ReportKind, file: shown, data, release: releaseStatus(data, now) } as ReportEntry;
    await options.onEntry?.(entry);
    if (options.keepEntries === false) {
      parsedById.set(id, reopenForPositions(absolute, shown));
      entries.push(entry.kind === 'strategySheet' ? entry : entrySkeleton(entry));
    } else {
      parsedById.set(id, parsed);
      entries.push(entry);
    }
  }

  if (organizationFiles.length === 0 && !organizationsBroken && !files.some((f) => contentKindOf(path.relative(contentDir, f).split(path.sep).join('/')) === 'organizations')) {
    problems.push({ severity: 'error', file: path.relative(displayRoot, path.join(contentDir, 'organizations.yaml')).split(path.sep).join('/'), line: 0, column: 0, field: '', message: '組織の一覧（organizations.yaml）がありません / organizations.yaml is missing' });
    organizationsBroken = true;
  }
  problems.push(...crossFileProblems(organizationFiles, entries, parsedById, !organizationsBroken));
  problems.push(...continuityProblems(entries, parsedById, reportFileIds));
  // Checks across files name top-level fields (organization, number, continues): no file data needed.
  namePlaces(problems, 0, undefined);
  return { organizations, entries, problems };
}

/** Adds the document's name of the place (戦略 3-2 › 自己評価 › …) to problems from `from` on that have none, while the file's data is at hand. */
function namePlaces(problems: ContentProblem[], from: number, data: unknown): void {
  for (let i = from; i < problems.length; i++) {
    const problem = problems[i]!;
    if (problem.place !== undefined || !problem.field) continue;
    const place = placeName(problem.field, data);
    if (place) problems[i] = { ...problem, place };
  }
}

/** Checks that need more than one file: organisations exist, ids are unique. */
function crossFileProblems(organizationFiles: OrganizationFile[], entries: ReportEntry[], parsedById: Map<string, ParsedFile>, checkOrganizations: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const orgIds = new Set<string>();
  for (const { parsed, organizations } of organizationFiles) {
    organizations.forEach((org, index) => {
      if (orgIds.has(org.id)) {
        const path = ['organizations', index, 'id'];
        problems.push({ severity: 'error', file: parsed.file, ...locate(parsed, path), field: path.join('.'), message: `組織 id「${org.id}」が重複しています / duplicate organization id` });
      }
      orgIds.add(org.id);
    });
  }
  problems.push(...organizationIdProblems(organizationFiles));
  const seenKeys = new Map<string, string>();
  for (const entry of entries) {
    const parsed = parsedById.get(entry.id)!;
    if (checkOrganizations && !orgIds.has(entry.data.organization)) {
      problems.push({ severity: 'error', file: entry.file, ...locate(parsed, ['organization']), field: 'organization', message: `組織「${entry.data.organization}」は content/organizations.yaml にありません / unknown organization` });
    }
    const key = entry.kind === 'managementIssue' ? `${entry.data.organization}/${entry.data.fiscalYear}/経営課題${entry.data.number}`
      : entry.kind === 'measure' ? `${entry.data.organization}/${entry.data.fiscalYear}/施策${entry.data.code}`
      : `${entry.data.organization}/${entry.data.fiscalYear}/sheet`;
    const field = entry.kind === 'managementIssue' ? 'number' : entry.kind === 'measure' ? 'code' : '';
    const previous = seenKeys.get(key);
    if (previous) {
      problems.push({ severity: 'error', file: entry.file, ...locate(parsed, field ? [field] : []), field, message: `${previous} と同じ番号です / duplicate id (also in ${previous})` });
    } else seenKeys.set(key, entry.file);
    if (entry.kind === 'managementIssue' && !entry.id.endsWith(`keiei-kadai-${entry.data.number}`)) {
      problems.push({ severity: 'error', file: entry.file, ...locate(parsed, ['number']), field: 'number', message: `ファイル名の番号と経営課題番号 ${entry.data.number} が一致しません / number must match the file name` });
    }
    if (entry.kind === 'measure' && !entry.id.endsWith(`shisaku-${entry.data.code}`)) {
      problems.push({ severity: 'error', file: entry.file, ...locate(parsed, ['code']), field: 'code', message: `ファイル名と施策コード ${entry.data.code} が一致しません / code must match the file name` });
    }
  }
  return problems;
}
