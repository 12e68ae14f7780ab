// @ts-check
// Pagefind over the baseline's output with the same Node API calls and options as Kohyo's
// integration, and a summary line of the same shape, so the benchmark reads both the same way.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @param {string} dir */
async function directorySize(dir) {
  let total = 0;
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    total += item.isDirectory() ? await directorySize(full) : (await stat(full)).size;
  }
  return total;
}

/**
 * @template {{ errors: string[] }} T
 * @param {string} step
 * @param {T | undefined} response
 * @returns {T}
 */
function check(step, response) {
  if (!response) throw new Error(`[baseline:search] ${step}: no response`);
  if (response.errors.length > 0) throw new Error(`[baseline:search] ${step}: ${response.errors.join('; ')}`);
  return response;
}

/** @returns {import('astro').AstroIntegration} */
export default function baselineSearch() {
  return {
    name: 'baseline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const outputPath = path.join(siteDir, 'pagefind');
        const started = performance.now();
        try {
          const { index } = check('createIndex', await pagefind.createIndex({ excludeSelectors: ['nav', 'svg'] }));
          if (!index) throw new Error('[baseline:search] createIndex: no index');
          const { page_count: pageCount } = check('addDirectory', await index.addDirectory({ path: siteDir }));
          check('writeFiles', await index.writeFiles({ outputPath }));
          const ms = Math.round(performance.now() - started);
          logger.info(`[baseline:search] indexed ${pageCount} pages in ${ms} ms (index ${await directorySize(outputPath)} bytes)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
