/**
 * Astro content-layer loader for Kohyo content. All collections share one pass over the
 * content folder (memoised per process), so every file is read and checked once, and the
 * release filter runs here — before any page, listing, feed or search index sees an entry.
 */
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readCheckedContent } from './checked-content.ts';
import { loadContent, type LoadedContent } from './load.ts';
import { ContentError, formatReport } from './problems.ts';
import { buildNow, isPreview, releasedOnly } from './release.ts';

export function contentDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.KOHYO_CONTENT_DIR ?? 'content');
}

let pending: Promise<LoadedContent> | undefined;

/**
 * Loads the content once per process; throws ContentError (people-readable) when anything is
 * wrong. Unreleased entries are dropped unless `preview` is set (staff preview in the dev server).
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
    if (errors.length > 0) throw new ContentError(errors);
    return loaded;
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

export type CollectionName = 'organizations' | 'managementIssues' | 'strategySheets' | 'measures';

export function kohyoLoader(collection: CollectionName): Loader {
  return {
    name: `kohyo-${collection}`,
    load: async ({ store, watcher, logger }) => {
      // Astro hands loaders a file watcher only in the dev server: preview is honoured there and
      // nowhere else, so `astro build` publishes released entries only, whatever the environment says.
      const preview = isPreview() && watcher !== undefined;
      const sync = async () => {
        const content = await loadReleasedContent({ preview });
        store.clear();
        if (collection === 'organizations') {
          for (const org of content.organizations) store.set({ id: org.id, data: { ...org } });
          // Once per read (this collection is synced once), in the dev server's log.
          if (preview && content.problems.length > 0) logger.warn(formatReport(content.problems));
          return;
        }
        const kind = collection === 'managementIssues' ? 'managementIssue' : collection === 'strategySheets' ? 'strategySheet' : 'measure';
        for (const entry of content.entries) {
          if (entry.kind !== kind) continue;
          // Staff preview shows the check's warnings for the file on its page (never in a build).
          const warnings = preview ? content.problems.filter((p) => p.severity === 'warning' && p.file === entry.file) : [];
          store.set({ id: entry.id, data: { ...entry.data, release: entry.release, sourceFile: entry.file, ...(warnings.length > 0 ? { warnings } : {}) } });
        }
      };
      await sync();
      // Staff preview: re-read content when a YAML file changes.
      watcher?.add(contentDirectory());
      watcher?.on('all', (_event, changed) => {
        if (!changed.startsWith(contentDirectory()) || !/\.ya?ml$/i.test(changed)) return;
        pending = undefined;
        sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
