/**
 * Folders and files the build itself writes at the top of the site, named once: astro.config.mjs sets
 * Astro's asset folder from here, and the content check reserves these names so no organisation
 * id can take their URL. (The search index folder is named in src/integrations/pagefind.ts.)
 */

/** Astro's `build.assets`: hashed CSS and JS, e.g. /_astro/search.BG93PznS.css */
export const ASSETS_FOLDER = '_astro';

/** The list of published reports every production build writes (src/lib/preview/reports-index.ts), read by previews. */
export const REPORTS_INDEX_FILE = 'reports-index.json';
