/**
 * Astro content-layer loader for Kohyo content. All collections share one pass over the
 * content folder (memoised per process), so every file is read and checked once, and the
 * release filter runs here — before any page, listing, feed or search index sees an entry.
 *
 * In a production build, scripts/build.ts has already checked and release-filtered everything
 * and hands each Astro run its part (src/lib/build/part.ts): a shard's report entries, or the
 * site-wide summary. The dev server reads content/ itself.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { BUILD_PART_ENV, readBuildPart, shardContent, type ShardIndexInfo } from '../build/part.ts';
import type { Organization } from '../../schemas/organization.ts';
import { compareReportLinks, reportLinks, type ReportLink } from '../reports.ts';
import { unpublishableFiles, unpublishableLinks } from '../preview/unpublishable.ts';
import type { ManagementIssueDoc, MeasureDoc } from './entries.ts';
import { loadContent, type LoadedContent, type ReportEntry } from './load.ts';
import { entryMeta } from './report-docs.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { createProblemLog } from './problem-log.ts';
import { buildNow, isPreview, releasedOnly } from './release.ts';
import { renderableContent } from './renderable.ts';

export function contentDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.KOHYO_CONTENT_DIR ?? 'content');
}

/** What the collections of one process hold: see the module comment. */
export interface CollectionContent {
  organizations: Organization[];
  /** Entries whose pages this process renders (all in dev; one shard's in a shard build; none for the site part) */
  entries: ReportEntry[];
  /** 戦略シート headers shown on year pages (site part), when not already among `entries` */
  sheets: ReportEntry[];
  /** Every released report, for listings and the sitemap (empty in a shard build) */
  reports: ReportLink[];
  searchIndexes: ShardIndexInfo[];
  /** The release switch's decision, and the content problems preview shows on every page */
  release: { preview: boolean; problems: ContentProblem[] };
}

/** Listings' summary of full entries (dev server): the same function the build script uses. */
export function summarizeReports(entries: readonly ReportEntry[]): ReportLink[] {
  const docs = (kind: ReportEntry['kind']) => entries.filter((e) => e.kind === kind).map((e) => ({ ...e.data, id: e.id, release: e.release }));
  return reportLinks(docs('managementIssue') as ManagementIssueDoc[], docs('measure') as MeasureDoc[]);
}

let pending: Promise<LoadedContent> | undefined;

/**
 * Reads and checks content/ once per process (dev server). A content error throws ContentError
 * (people-readable) unless in preview, which goes on without the broken entries and returns the
 * problems, which every page then shows.
 */
async function loadFromFolder(options: { preview: boolean }): Promise<LoadedContent> {
  pending ??= (async () => {
    const loaded = await loadContent({ contentDir: contentDirectory(), now: buildNow() });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 && !options.preview) throw new ContentError(errors);
    return options.preview ? renderableContent(loaded) : loaded;
  })();
  try {
    return await pending;
  } catch (error) {
    pending = undefined;
    throw error;
  }
}

let partPending: Promise<CollectionContent> | undefined;

/**
 * The content of this process's collections. Unreleased entries are dropped unless `preview` is
 * set (staff preview: the dev server, or `npm run build:preview`). In a build, scripts/build.ts has
 * already applied the same switch to the part it hands over; it is applied again here.
 */
export async function loadCollectionContent(options: { preview: boolean }): Promise<CollectionContent> {
  const partFile = process.env[BUILD_PART_ENV];
  if (partFile) {
    partPending ??= (async () => {
      const part = await readBuildPart(partFile);
      if (part.mode === 'site') {
        const release = { preview: options.preview, problems: options.preview ? part.problems : [] };
        return { organizations: part.organizations, entries: [], sheets: options.preview ? part.sheets : releasedOnly(part.sheets), reports: part.reports, searchIndexes: part.searchIndexes, release };
      }
      const { entries, problems } = await shardContent(part, options.preview);
      return { organizations: part.organizations, entries, sheets: [], reports: [], searchIndexes: [], release: { preview: options.preview, problems } };
    })();
    return partPending;
  }
  const loaded = await loadFromFolder(options);
  const entries = options.preview ? loaded.entries : releasedOnly(loaded.entries);
  const release = { preview: options.preview, problems: options.preview ? loaded.problems : [] };
  // The preview's listings keep a report whose file has an error, tagged (its page lists the problems).
  const reports = options.preview ? [...summarizeReports(entries), ...unpublishableLinks(unpublishableFiles(loaded.problems, contentDirectory()))].sort(compareReportLinks) : summarizeReports(entries);
  return { organizations: loaded.organizations, entries, sheets: [], reports, searchIndexes: [], release };
}

export type CollectionName = 'organizations' | 'reportEntries' | 'strategySheets' | 'reports' | 'searchIndexes' | 'release';

/** The dev server prints each content problem once, however many collections and saves re-read it. */
let printProblems: ReturnType<typeof createProblemLog> | undefined;
/** Set while one file change is being handled, so the collections re-read the content once, not once each. */
let invalidated = false;

export function kohyoLoader(collection: CollectionName): Loader {
  return {
    name: `kohyo-${collection}`,
    load: async ({ store, watcher, logger }) => {
      // Astro hands loaders a file watcher only in the dev server. The release switch is read
      // for the dev server or for a build (src/lib/content/release.ts), never both ways.
      const preview = isPreview(process.env, watcher ? 'dev' : 'build');
      printProblems ??= createProblemLog(() => logger);
      const sync = async () => {
        const content = await loadCollectionContent({ preview });
        // The preview build (scripts/build.ts) has printed the check already.
        if (watcher) printProblems?.(content.release.problems);
        store.clear();
        if (collection === 'release') {
          // What pages need to know about the release: preview or not, and the problems to show.
          store.set({ id: 'state', data: { ...content.release } });
          return;
        }
        if (collection === 'organizations') {
          for (const org of content.organizations) store.set({ id: org.id, data: { ...org } });
          return;
        }
        if (collection === 'reports') {
          for (const link of content.reports) store.set({ id: link.url, data: { ...link } });
          return;
        }
        if (collection === 'searchIndexes') {
          for (const index of content.searchIndexes) store.set({ id: index.id, data: { ...index } });
          return;
        }
        const wanted = (entry: ReportEntry) => (collection === 'strategySheets' ? entry.kind === 'strategySheet' : entry.kind !== 'strategySheet');
        for (const entry of [...content.entries, ...content.sheets]) {
          if (!wanted(entry)) continue;
          // Staff preview shows the check's warnings for the file on its page (never the public site).
          store.set({ id: entry.id, data: { ...entry.data, kind: entry.kind, ...entryMeta(entry, content.release.problems) } });
        }
      };
      await sync();
      // Staff preview: re-read content when a YAML file changes.
      watcher?.add(contentDirectory());
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(contentDirectory()) || !/\.ya?ml$/i.test(changed)) return;
        // Every collection hears the same change; the first one starts the re-read, the rest share it.
        if (!invalidated) {
          invalidated = true;
          pending = undefined;
          queueMicrotask(() => (invalidated = false));
        }
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
