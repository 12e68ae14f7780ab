/**
 * What publishing the preview would change on the public site, computed from data: the
 * production site's report.json files against the report.json data the same content produces
 * now. In the order reviewers approve them: new reports, changed reports (section by section,
 * figures and ratings with old and new values), reports that would disappear, and embargoed
 * reports with their release time; then drafts (never published) for completeness.
 */
import type { ReleaseInfo } from '../content/release.ts';
import { organizationDisplayName } from '../organizations.ts';
import { managementIssueTitle, measureTitle } from '../reports.ts';
import { entryUrl } from '../urls.ts';
import { describeChange, groupBySection, ATOMIC_KEYS, type DescribedChange } from './describe-change.ts';
import { diffJson, type JsonObject } from './json-diff.ts';
import type { ProductionReports } from './production-reports.ts';

export interface ReportRef {
  id: string;
  url: string;
  title: string;
  organization: string;
  fiscalYear: number;
}

export interface ChangedReport extends ReportRef {
  sections: { section: string; changes: DescribedChange[] }[];
}

export interface PublishingChanges {
  productionDir: string;
  productionFound: boolean;
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

export function publishingChanges(production: ProductionReports, preview: readonly PreviewReport[]): PublishingChanges {
  const result: PublishingChanges = { productionDir: production.dir, productionFound: production.found, added: [], changed: [], removed: [], embargoed: [], drafts: [], unchanged: 0 };
  const publishing = new Set<string>();
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
    const before = production.reports.get(report.id);
    if (!before) {
      result.added.push(ref);
      continue;
    }
    const changes = diffJson(before, report.data, { atomicKeys: ATOMIC_KEYS }).map((c) => describeChange(c, kindOf(report.data)));
    if (changes.length === 0) result.unchanged += 1;
    else result.changed.push({ ...ref, sections: groupBySection(changes) });
  }
  for (const [id, data] of production.reports) if (!publishing.has(id)) result.removed.push(reportRef(id, data));
  result.embargoed.sort((a, b) => a.publishAt.localeCompare(b.publishAt) || a.id.localeCompare(b.id));
  return result;
}

/** What /preview/changes/ shows: the changes, and the published reports the feeds cannot list. */
export interface PreviewChangesData {
  changes: PublishingChanges;
  undated: ReportRef[];
}
