/**
 * The built sites every gate checks: the real content; the synthetic multi-year fixture
 * (continuing-report pages, 前年度 / 翌年度 links and rating checks exist only there while the
 * published content has one year per organisation); and the reviewers' preview site (drafts,
 * embargoed reports, the preview frame and /preview/changes/). The fixture is checked one page per
 * page type, which covers each kind of page it adds while keeping browser time small.
 */
import { inject } from 'vitest';
import { listPages, onePerType, pagesToCheck, type BuiltPage } from './pages.ts';

export interface GateSite {
  name: string;
  dir: string;
  /** Every page (for checks that are cheap per page) */
  all: BuiltPage[];
  /** What a browser check visits */
  sample: BuiltPage[];
}

export function gateSites(): GateSite[] {
  const real = inject('siteDir');
  const multiYear = inject('multiYearSiteDir');
  const realPages = listPages(real);
  const multiYearPages = listPages(multiYear);
  const preview = inject('previewSiteDir');
  const previewPages = listPages(preview);
  return [
    { name: 'real content', dir: real, all: realPages, sample: pagesToCheck(realPages) },
    { name: 'multi-year fixture', dir: multiYear, all: multiYearPages, sample: onePerType(multiYearPages) },
    { name: 'preview site', dir: preview, all: previewPages, sample: pagesToCheck(previewPages) },
  ];
}
