/**
 * Atom feeds in the built sites: /feed.xml and one per organisation, valid Atom 1.0 with absolute
 * URLs. Only a feed with at least one dated entry is offered (<link rel="alternate">, the footer, the
 * home and organisation pages); an empty feed is still written, for existing subscriptions. The dated entries themselves are checked on the release fixture (tests/build/release.test.ts).
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

  /** The feeds with at least one entry: the only ones pages may offer (an empty feed is a promise the site cannot keep). */
  const withEntries = new Set(feeds.filter((feed) => checkAtom(readFileSync(path.join(siteDir, feed), 'utf8')).entries.length > 0));

  it('every page names in <link rel="alternate"> exactly the feeds with entries: the site feed, and its organisation\'s', () => {
    for (const { url, file } of pages) {
      const alternates = parse(readFileSync(file, 'utf8')).querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((l) => l.getAttribute('href') ?? '');
      for (const href of alternates) expect(withEntries, `${url} offers ${href}`).toContain(href);
      if (withEntries.has('/feed.xml')) expect(alternates[0], url).toBe('/feed.xml');
      const org = orgs.find((o) => url.startsWith(`/${o}/`));
      if (org && withEntries.has(`/${org}/feed.xml`) && url !== `/${org}/` && !/^\/[^/]+\/\d{4}\/$/.test(url)) expect(alternates, url).toContain(`/${org}/feed.xml`);
    }
  });

  it('links visibly (home, footer, organisation pages) only the feeds with entries', () => {
    for (const { url, file } of pages) {
      const links = parse(readFileSync(file, 'utf8')).querySelectorAll('a[href$="feed.xml"]').map((a) => a.getAttribute('href') ?? '');
      for (const href of links) expect(withEntries, `${url} links ${href}`).toContain(href);
    }
    const home = parse(readFileSync(path.join(siteDir, 'index.html'), 'utf8'));
    if (withEntries.has('/feed.xml')) expect(home.querySelector('main a[href="/feed.xml"]')?.textContent).toContain('Atom フィード');
    for (const org of orgs) {
      if (!withEntries.has(`/${org}/feed.xml`)) continue;
      const orgPage = parse(readFileSync(path.join(siteDir, org, 'index.html'), 'utf8'));
      expect(orgPage.querySelector(`main a[href="/${org}/feed.xml"]`)?.textContent, org).toContain('Atom フィード');
    }
  });
});

describe('feeds of the real content', () => {
  it('are not advertised anywhere: no report of the seeds has a publication date, so the feeds are empty', () => {
    const siteDir = builtSites()[0]![1];
    expect(checkAtom(readFileSync(path.join(siteDir, 'feed.xml'), 'utf8')).entries).toEqual([]);
    for (const { url, file } of listPages(siteDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, url).not.toMatch(/application\/atom\+xml|href="[^"]*feed\.xml"/);
    }
  });
});

describe('feeds of the preview site', () => {
  it('are advertised once they have dated entries (the release fixture dates its reports)', () => {
    const siteDir = builtSites()[1]![1];
    expect(checkAtom(readFileSync(path.join(siteDir, 'feed.xml'), 'utf8')).entries.length).toBeGreaterThan(0);
    const home = parse(readFileSync(path.join(siteDir, 'index.html'), 'utf8'));
    expect(home.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/feed.xml');
    expect(home.querySelector('footer a[href="/feed.xml"]')).not.toBeNull();
  });
});
