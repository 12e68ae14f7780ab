/**
 * What publishing the preview would change on the public site, computed from data: the public
 * site's report.json files (src/lib/preview/production-base.ts) against the report.json data the
 * same content produces now. In the order reviewers approve them: files that cannot be published
 * because of an error (a build stops on them), new reports, changed reports (section by section,
 * figures and ratings with old and new values, text as a diff), reports that would disappear,
 * embargoed reports with their release time; then drafts (never published) for completeness.
 */
import type { ContentProblem } from '../content/problems.ts';
import type { ReleaseInfo } from '../content/release.ts';
import { organizationDisplayName } from '../organizations.ts';
import { managementIssueTitle, measureTitle } from '../reports.ts';
import { entryUrl } from '../urls.ts';
import { describeChange, groupBySection, ATOMIC_KEYS, type ChangeSection } from './describe-change.ts';
import { diffJson, jsonEqual, type Json, type JsonObject } from './json-diff.ts';
import { eachLimited, type BaseIdentity, type ProductionBase } from './production-base.ts';

export interface ReportRef {
  id: string;
  url: string;
  title: string;
  organization: string;
  fiscalYear: number;
}

export interface ChangedReport extends ReportRef {
  sections: ChangeSection[];
  /** Figures, ratings or text changed, but no new 更新履歴 (changes:) note says so */
  noChangeNote: boolean;
}

/** A content file with an error: a build stops on it, so nothing can be published until it is fixed. */
export interface UnpublishableFile {
  /** As problems name it (relative to the project) */
  file: string;
  /** The report the file is (osaka-ict/2018/keiei-kadai-2), when it is one */
  id?: string;
  problems: ContentProblem[];
  /** The version the public site shows meanwhile, when it publishes one */
  published?: ReportRef;
  /** Its published report.json, shown on the file's page in the preview */
  publishedData?: JsonObject;
}

export interface PublishingChanges {
  /** What the preview was compared with; undefined when there was no base */
  base?: BaseIdentity;
  unpublishable: UnpublishableFile[];
  added: ReportRef[];
  changed: ChangedReport[];
  removed: ReportRef[];
  embargoed: (ReportRef & { publishAt: string })[];
  drafts: ReportRef[];
  /** Published and identical on both sides */
  unchanged: number;
}

/** A report of the preview: its id, release state and the report.json data it would publish. */
export interface PreviewReport {
  id: string;
  release: ReleaseInfo;
  data: JsonObject;
  /** sha256 of the report.json text it would publish */
  sha256: string;
}

/** The part of the base a comparison needs: every id, and the data of those that differ. */
export interface BaseReports {
  identity?: BaseIdentity;
  ids: string[];
  /** Ids whose published report.json is byte-identical to the preview's */
  same: ReadonlySet<string>;
  /** Published data of the others */
  data: ReadonlyMap<string, JsonObject>;
}

export const NO_BASE: BaseReports = { ids: [], same: new Set(), data: new Map() };

/** Reads from the base only what differs: report.json files whose hash is not the preview's. */
export async function baseReportsFor(base: ProductionBase | undefined, preview: readonly PreviewReport[]): Promise<BaseReports> {
  if (!base) return NO_BASE;
  const previewHash = new Map(preview.filter((r) => r.release.status === 'published').map((r) => [r.id, r.sha256]));
  const same = new Set<string>();
  const toRead: string[] = [];
  for (const entry of base.index.reports) {
    if (previewHash.get(entry.id) === entry.sha256) same.add(entry.id);
    else toRead.push(entry.id);
  }
  const read = await eachLimited(toRead, 8, async (id) => [id, await base.read(id)] as const);
  return { identity: base.identity, ids: base.index.reports.map((r) => r.id), same, data: new Map(read) };
}

function kindOf(data: JsonObject): 'managementIssue' | 'measure' {
  return Array.isArray(data.projects) ? 'measure' : 'managementIssue';
}

export function reportRef(id: string, data: JsonObject): ReportRef {
  const org = data.organization as JsonObject | null;
  const title = kindOf(data) === 'measure'
    ? measureTitle({ code: String(data.code), name: String(data.name) })
    : managementIssueTitle({ number: Number(data.number), title: String(data.title) });
  return {
    id,
    url: entryUrl(id),
    title,
    organization: org && typeof org === 'object' ? organizationDisplayName({ municipality: String(org.municipality), name: String(org.name) }) : String(data.organization),
    fiscalYear: Number(data.fiscalYear),
  };
}

/** Change notes the preview has and the base has not. */
function newNotes(before: JsonObject, after: JsonObject): Json[] {
  const old = Array.isArray(before.changes) ? before.changes : [];
  const now = Array.isArray(after.changes) ? after.changes : [];
  return now.filter((note) => !old.some((o) => jsonEqual(o, note)));
}

export function publishingChanges(base: BaseReports, preview: readonly PreviewReport[], unpublishable: readonly Omit<UnpublishableFile, 'published' | 'publishedData'>[] = []): PublishingChanges {
  const broken = new Set(unpublishable.flatMap((f) => (f.id ? [f.id] : [])));
  const result: PublishingChanges = {
    ...(base.identity ? { base: base.identity } : {}),
    unpublishable: unpublishable.map((f) => {
      const published = f.id && base.data.get(f.id);
      return { ...f, ...(published ? { published: reportRef(f.id!, published), publishedData: published } : {}) };
    }),
    added: [], changed: [], removed: [], embargoed: [], drafts: [], unchanged: 0,
  };
  const publishing = new Set<string>();
  const baseIds = new Set(base.ids);
  for (const report of preview) {
    const ref = reportRef(report.id, report.data);
    if (report.release.status === 'draft') {
      result.drafts.push(ref);
      continue;
    }
    if (report.release.status === 'embargoed') {
      result.embargoed.push({ ...ref, publishAt: report.release.publishAt! });
      continue;
    }
    publishing.add(report.id);
    if (base.same.has(report.id)) {
      result.unchanged += 1;
      continue;
    }
    const before = base.data.get(report.id);
    if (!before || !baseIds.has(report.id)) {
      result.added.push(ref);
      continue;
    }
    const changes = diffJson(before, report.data, { atomicKeys: ATOMIC_KEYS }).map((c) => describeChange(c, kindOf(report.data)));
    if (changes.length === 0) {
      result.unchanged += 1;
      continue;
    }
    const sections = groupBySection(changes);
    const contentChanged = changes.some((c) => !c.changeNote);
    result.changed.push({ ...ref, sections, noChangeNote: contentChanged && newNotes(before, report.data).length === 0 });
  }
  for (const id of base.ids) {
    if (publishing.has(id) || broken.has(id)) continue;
    const data = base.data.get(id);
    if (data) result.removed.push(reportRef(id, data));
  }
  result.embargoed.sort((a, b) => a.publishAt.localeCompare(b.publishAt) || a.id.localeCompare(b.id));
  return result;
}

/** What /preview/changes/ shows: the changes, the published reports the feeds cannot list, and the newest date of the content. */
export interface PreviewChangesData {
  changes: PublishingChanges;
  undated: ReportRef[];
  /** The newest date in the previewed content (publishAt, change notes), YYYY-MM-DD */
  contentNewest: string | null;
}
