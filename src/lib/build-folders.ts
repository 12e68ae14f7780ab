/**
 * Folders the build itself writes at the top of the site, named once: astro.config.mjs sets
 * Astro's asset folder from here, and the content check reserves these names so no organisation
 * id can take their URL. (The search index folder is named in src/integrations/pagefind.ts.)
 */

/** Astro's `build.assets`: hashed CSS and JS, e.g. /_astro/search.BG93PznS.css */
export const ASSETS_FOLDER = '_astro';
