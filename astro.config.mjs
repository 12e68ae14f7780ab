// @ts-check
import { defineConfig } from 'astro/config';
import kohyoPagefind from './src/integrations/pagefind.ts';
import kohyoPreviewSite from './src/integrations/preview-site.ts';
import { ASSETS_FOLDER } from './src/lib/build-folders.ts';
import { siteAddress } from './src/lib/site-address.ts';

// Environment switches (all optional) — see README.md:
//   KOHYO_OUT_DIR   where the finished site is written (scripts/build.ts sets a temporary folder)
//   KOHYO_CACHE_DIR Astro's cache; separate builds running side by side must not share one
export default defineConfig({
  site: siteAddress(),
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
