// @ts-check
// The bare baseline for `npm run bench`: the same corpus rendered as plain paragraphs by one
// dynamic page, then indexed by Pagefind through its Node API, exactly as Kohyo's build does.
// It is the cheapest thing Astro can do with these reports; Kohyo's cost is tracked against it.
//   KOHYO_CONTENT_DIR  the corpus to read (required)
//   BASELINE_OUT_DIR   where the site is written
//   BASELINE_CACHE_DIR Astro's cache (deleted before each cold build)
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import baselineSearch from './search-integration.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  srcDir: './src',
  outDir: process.env.BASELINE_OUT_DIR ?? './.work/dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './.work/cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  compressHTML: true,
  integrations: [baselineSearch()],
});
