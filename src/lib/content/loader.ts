/**
 * Astro content-layer loader for Kohyo content. All collections share one pass over the
 * content folder (memoised per process), so every file is read and checked once, and the
 * release filter runs here — before any page, listing, feed or search index sees an entry.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readCheckedContent } from './checked-content.ts';
import { loadContent, type LoadedContent } from './load.ts';
import { ContentError } from './problems.ts';
import { createProblemLog } from './problem-log.ts';
import { buildNow, isPreview, releasedOnly } from './release.ts';
import { renderableContent } from './renderable.ts';

export function contentDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.KOHYO_CONTENT_DIR ?? 'content');
}

let pending: Promise<LoadedContent> | undefined;

/**
 * Loads the content once per process. Unreleased entries are dropped unless `preview` is set
 * (staff preview: the dev server, or `npm run build:preview`). A content error throws
 * ContentError (people-readable) in production; preview goes on without the broken entries and
 * returns the problems, which every page then shows.
 */
export async function loadReleasedContent(options: { preview: boolean }): Promise<LoadedContent> {
  pending ??= (async () => {
    // A production build (scripts/build.ts) has already read and checked everything: reuse it.
    // The dev server always reads the files, since staff edit them while it runs.
    const checkedFile = process.env.KOHYO_CHECKED_CONTENT;
    if (checkedFile && !options.preview) {
      const checked = await readCheckedContent(checkedFile, contentDirectory());
      if (checked) return checked;
    }
    const loaded = await loadContent({ contentDir: contentDirectory(), now: buildNow() });
    const errors = loaded.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0 && !options.preview) throw new ContentError(errors);
    return options.preview ? renderableContent(loaded) : loaded;
  })();
  let loaded: LoadedContent;
  try {
    loaded = await pending;
  } catch (error) {
    pending = undefined;
    throw error;
  }
  return options.preview ? loaded : { ...loaded, entries: releasedOnly(loaded.entries) };
}

export type CollectionName = 'organizations' | 'managementIssues' | 'strategySheets' | 'measures' | 'release';

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
        const content = await loadReleasedContent({ preview });
        // The preview build (scripts/build.ts) has printed the check already.
        if (watcher) printProblems?.(content.problems);
        store.clear();
        if (collection === 'release') {
          // What pages need to know about the release: preview or not, and the problems to show.
          store.set({ id: 'state', data: { preview, problems: preview ? content.problems : [] } });
          return;
        }
        if (collection === 'organizations') {
          for (const org of content.organizations) store.set({ id: org.id, data: { ...org } });
          return;
        }
        const kind = collection === 'managementIssues' ? 'managementIssue' : collection === 'strategySheets' ? 'strategySheet' : 'measure';
        for (const entry of content.entries) {
          if (entry.kind !== kind) continue;
          store.set({ id: entry.id, data: { ...entry.data, release: entry.release, sourceFile: entry.file } });
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
