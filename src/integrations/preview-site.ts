/**
 * Finishes a preview build (`npm run build:preview`, KOHYO_RELEASE=preview) so nothing of it is
 * indexed: no sitemap, and `X-Robots-Tag: noindex` for every path in `_headers` (Netlify,
 * Cloudflare Pages). Pages carry their own noindex meta and robots.txt disallows everything;
 * these are the two outputs that are not pages. A production build is left untouched.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPreview } from '../lib/content/release.ts';

/** `_headers` with `X-Robots-Tag: noindex` (and nofollow) added to the rule for every path. */
export function noindexHeaders(headers: string): string {
  const rule = '  X-Robots-Tag: noindex, nofollow';
  const lines = headers.split('\n');
  const all = lines.findIndex((line) => line.trim() === '/*');
  if (all === -1) return `${headers.trimEnd()}\n/*\n${rule}\n`;
  lines.splice(all + 1, 0, rule);
  return lines.join('\n');
}

export async function finishPreviewSite(siteDir: string): Promise<void> {
  await rm(path.join(siteDir, 'sitemap.xml'), { force: true });
  await rm(path.join(siteDir, 'sitemaps'), { recursive: true, force: true });
  const headersFile = path.join(siteDir, '_headers');
  const headers = existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '';
  await writeFile(headersFile, noindexHeaders(headers));
}

export default function kohyoPreviewSite(): AstroIntegration {
  return {
    name: 'kohyo-preview-site',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!isPreview(process.env, 'build')) return;
        await finishPreviewSite(fileURLToPath(dir));
        logger.info('プレビュー用: sitemap.xml なし、_headers に X-Robots-Tag: noindex / preview: no sitemap, noindex headers');
      },
    },
  };
}
