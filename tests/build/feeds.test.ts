/**
 * Atom feeds in the built sites: /feed.xml and one per organisation, valid Atom 1.0 with absolute
 * URLs, linked from every page (<link rel="alternate">) and visibly from the home and organisation
 * pages. The dated entries themselves are checked on the release fixture (tests/build/release.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { checkAtom } from '../helpers/atom.ts';
import { listPages, organisationSlugs } from '../helpers/pages.ts';
import { builtSites } from '../helpers/sites.ts';

describe.each(builtSites())('feeds of the %s', (_name, siteDir) => {
  const pages = listPages(siteDir);
  const orgs = [...organisationSlugs(pages)].sort();
  const feeds = ['/feed.xml', ...orgs.map((org) => `/${org}/feed.xml`)];

  it('has a feed for the site and for each organisation', () => {
    expect(orgs.length).toBeGreaterThan(0);
    for (const feed of feeds) expect(existsSync(path.join(siteDir, feed)), feed).toBe(true);
  });

  it.each(feeds)('%s is valid Atom 1.0 with absolute URLs on the site address', (feed) => {
    const atom = checkAtom(readFileSync(path.join(siteDir, feed), 'utf8'));
    expect(atom.problems).toEqual([]);
    for (const entry of atom.entries) expect(entry.link.startsWith(new URL('/', astroConfig.site).href)).toBe(true);
    // Newest first.
    const dates = atom.entries.map((e) => Date.parse(e.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('every page names the site feed in <link rel="alternate">, organisation and report pages their own', () => {
    for (const { url, file } of pages) {
      const alternates = parse(readFileSync(file, 'utf8')).querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href'));
      expect(alternates[0], url).toBe('/feed.xml');
      const org = orgs.find((o) => url.startsWith(`/${o}/`));
      if (org && url !== `/${org}/` && !/^\/[^/]+\/\d{4}\/$/.test(url)) expect(alternates, url).toContain(`/${org}/feed.xml`);
    }
  });

  it('links the feeds visibly from the home and organisation pages', () => {
    const home = parse(readFileSync(path.join(siteDir, 'index.html'), 'utf8'));
    expect(home.querySelector('main a[href="/feed.xml"]')?.textContent).toContain('Atom フィード');
    for (const org of orgs) {
      const orgPage = parse(readFileSync(path.join(siteDir, org, 'index.html'), 'utf8'));
      expect(orgPage.querySelector(`main a[href="/${org}/feed.xml"]`)?.textContent, org).toContain('Atom フィード');
    }
  });
});
