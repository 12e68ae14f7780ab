/**
 * The built sites every gate checks: the public site (real content) and the reviewers' preview
 * site (drafts, embargoed reports, the preview frame and /preview/changes/), both built once by
 * tests/setup/build-site.ts.
 */
import { inject } from 'vitest';

export function builtSites(): [name: string, dir: string][] {
  return [
    ['public site', inject('siteDir')],
    ['preview site', inject('previewSiteDir')],
  ];
}
