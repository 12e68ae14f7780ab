/**
 * Cache keys for shards. A shard is reused only when everything that can change its bytes is the
 * same: its released entries, the organisations, the code that renders and indexes it, and the
 * settings it reads. Never the build time, never a git commit (a fresh CI clone must hit the cache).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { shareImagesEnabled } from '../../src/lib/share-image-setting.ts';
import { siteSettingsFile } from '../../src/lib/site-settings.ts';

/** What renders pages: a change to any of these files re-renders every shard. */
const CODE_INPUTS = ['src', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build'];

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** sha256 of the rendering code, file names and bytes, in a stable order. */
export function codeFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  const files = CODE_INPUTS.flatMap((input) => filesUnder(root, input)).sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Settings read while rendering (absolute URLs, preview switch): part of every shard's key. */
// content/site.yaml (publisher, terms, address) is in every page's footer and every data file.
export function renderSettings(env: NodeJS.ProcessEnv, preview: boolean): Record<string, string> {
  const settingsFile = siteSettingsFile(path.resolve(env.KOHYO_CONTENT_DIR ?? 'content'));
  const siteYaml = settingsFile ? createHash('sha256').update(readFileSync(settingsFile)).digest('hex') : '';
  return { site: env.KOHYO_SITE_URL ?? '', siteYaml, release: preview ? 'preview' : 'production', shareImages: shareImagesEnabled(env) ? 'on' : 'off' };
}

export function shardKey(parts: { shardId: string; bucketHashes: string[]; organizationsJson: string; code: string; settings: Record<string, string>; context: string }): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
