/**
 * The layout gate: every page of the three gate sites as readers see it — on a 375 px phone, on a
 * 1280 px desktop and printed on A4 — plus one page of every type of the 1,000-report archive, where
 * tables and charts are at their largest. See tests/helpers/layout.ts for what is measured, and
 * tests/e2e/layout-gate.test.ts for each check failing on a page with its defect.
 */
import { describe, expect, inject, it } from 'vitest';
import { gateSites } from '../helpers/gate-sites.ts';
import { layoutPass, isDocumentPage } from '../helpers/layout-pass.ts';
import { listPages, onePerType, organisationSlugs } from '../helpers/pages.ts';
import { openSiteSession } from '../helpers/site-session.ts';

// Every page of a small site; the multi-year fixture one per type (as the other gates do).
const sites = [
  ...gateSites().map((site) => ({ name: site.name, dir: site.dir, pages: site.name === 'multi-year fixture' ? site.sample : site.all })),
  { name: 'archive (1,000 reports)', dir: inject('archiveSiteDir'), pages: onePerType(listPages(inject('archiveSiteDir'))) },
];

describe.each(sites)('layout: $name', ({ dir, pages }) => {
  it(`no sideways scroll, no squeezed text, no chart text over text or marks, h1 on the first phone screen, clean print`, async () => {
    const session = await openSiteSession(dir);
    try {
      const orgs = organisationSlugs(pages);
      const findings = await layoutPass(session.page, session.server.origin, pages, {
        print: () => true,
        needsPrintHeader: (page) => isDocumentPage(page.url, orgs),
      });
      expect(findings).toEqual([]);
    } finally {
      await session.close();
    }
  }, 600_000);
});
