// /feed.xml — Atom feed of every published report and change note, newest first (src/lib/feed).
import type { APIRoute } from 'astro';
import { siteAddress } from '../lib/site-address.ts';
import { atomFeed } from '../lib/feed/atom.ts';
import { feedItems } from '../lib/feed/items.ts';
import { getReleaseState } from '../lib/content/release-state.ts';
import { LABELS } from '../lib/labels.ts';
import { getFeedReports } from '../lib/site-data.ts';
import { feedUrl, homeUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const items = feedItems(await getFeedReports());
  const xml = atomFeed({ site: new URL(siteAddress()), title: `${(await getReleaseState()).preview ? LABELS.preview.feedTitlePrefix : ''}${LABELS.feeds.siteTitle}`, feedPath: feedUrl(), pagePath: homeUrl(), author: LABELS.siteName, items });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
