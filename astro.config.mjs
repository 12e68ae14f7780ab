// @ts-check
import { defineConfig } from 'astro/config';
import kohyoPagefind from './src/integrations/pagefind.ts';
import kohyoPreviewSite from './src/integrations/preview-site.ts';
import { ASSETS_FOLDER } from './src/lib/build-folders.ts';
import { configuredSiteAddress, sitePath, validateSiteAddress } from './src/lib/site-address.ts';

// The site address is checked before anything else (the build script checks it too, before any
// work): a bad value is said in words naming the setting, never as a stack trace from a later step.
const address = validateSiteAddress(process.env.KOHYO_SITE_URL);
if (!address.ok) {
  console.error(address.error);
  process.exit(1);
}

// Environment switches (all optional) — see README.md:
//   KOHYO_OUT_DIR   where the finished site is written (scripts/build.ts sets a temporary folder)
//   KOHYO_CACHE_DIR Astro's cache; separate builds running side by side must not share one
export default defineConfig({
  // Only a configured address (KOHYO_SITE_URL or content/site.yaml): without one, pages print no
  // absolute URL rather than a placeholder host (src/lib/site-address.ts).
  site: configuredSiteAddress(),
  // The path of the site address (https://example.jp/kohyo/ → /kohyo/): every URL lives under it (src/lib/urls.ts).
  base: sitePath(),
  outDir: process.env.KOHYO_OUT_DIR ?? './dist',
  cacheDir: process.env.KOHYO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: ASSETS_FOLDER },
  devToolbar: { enabled: false },
  compressHTML: true,
  // Staff preview watches content/ only; test, benchmark and build output and the build's shard store (.kohyo/) must not be crawled.
  vite: { server: { watch: { ignored: ['**/tests/.output/**', '**/.kohyo/**', '**/dist/**', '**/dist-preview/**', '**/.*.building-*/**'] } } },
  // Search index (dist/pagefind) built from the finished HTML.
  // The preview build (npm run build:preview) then drops the sitemap and marks _headers noindex.
  integrations: [kohyoPagefind(), kohyoPreviewSite()],
});
