/**
 * The site's settings (content/site.yaml): name, publisher, address, terms of reuse, contact.
 * `npm run check` and the build's content check validate the file with every other content file
 * (file, line, field, expected); this module only reads the checked file for pages and data
 * files, once per process. Without a site.yaml (test fixtures, a new checkout) the site says
 * plainly that no publisher and no terms are set, rather than inventing them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { siteSettingsSchema, type SiteSettings } from '../schemas/site.ts';
import { LABELS } from './labels.ts';

/** Settings of a site whose content has no site.yaml. */
export const UNSET_SITE_SETTINGS = { name: LABELS.siteName, publisher: undefined, address: undefined, licence: undefined, contact: undefined } as const;

export type SiteSettingsOrUnset = SiteSettings | typeof UNSET_SITE_SETTINGS;

const cache = new Map<string, SiteSettingsOrUnset>();

export function siteSettingsFile(contentDir: string): string | undefined {
  return ['site.yaml', 'site.yml'].map((name) => path.join(contentDir, name)).find((file) => existsSync(file));
}

/** The settings of the content folder (KOHYO_CONTENT_DIR, default content/). */
export function siteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettingsOrUnset {
  const contentDir = path.resolve(env.KOHYO_CONTENT_DIR ?? 'content');
  const cached = cache.get(contentDir);
  if (cached) return cached;
  const file = siteSettingsFile(contentDir);
  let settings: SiteSettingsOrUnset = UNSET_SITE_SETTINGS;
  if (file) {
    const result = siteSettingsSchema.safeParse(jsYaml.load(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
    // The content check has already reported the problem with its line; this only keeps a bad file from being published.
    if (!result.success) throw new Error(`${path.relative(process.cwd(), file)}: サイトの設定が正しくありません（npm run check で確認してください） / invalid site settings`);
    settings = result.data;
  }
  cache.set(contentDir, settings);
  return settings;
}
