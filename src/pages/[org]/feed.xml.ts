// /<組織>/feed.xml — Atom feed of one organisation's published reports and change notes.
import type { APIRoute } from 'astro';
import { siteAddress } from '../../lib/site-address.ts';
import { atomFeed } from '../../lib/feed/atom.ts';
import { feedItems } from '../../lib/feed/items.ts';
import { getReleaseState } from '../../lib/content/release-state.ts';
import { LABELS } from '../../lib/labels.ts';
import { organizationDisplayName } from '../../lib/organizations.ts';
import { getFeedReports, getSiteData } from '../../lib/site-data.ts';
import { organizationFeedUrl, organizationUrl } from '../../lib/urls.ts';
import type { Organization } from '../../schemas/organization.ts';

export async function getStaticPaths() {
  const { publishingOrgs } = await getSiteData();
  return publishingOrgs.map((org) => ({ params: { org: org.id }, props: { org } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { org } = props as { org: Organization };
  const reports = (await getFeedReports()).filter((r) => r.organization === org.id);
  const name = organizationDisplayName(org);
  const xml = atomFeed({ site: new URL(siteAddress()), title: `${(await getReleaseState()).preview ? LABELS.preview.feedTitlePrefix : ''}${LABELS.feeds.organizationTitle(name)}`, feedPath: organizationFeedUrl(org.id), pagePath: organizationUrl(org.id), author: name, items: feedItems(reports) });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
