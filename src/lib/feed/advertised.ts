/**
 * Which Atom feeds a page may offer. A feed is advertised (footer, home and organisation pages,
 * <link rel="alternate">) only when it has at least one dated entry: an empty feed dated 1970 is a
 * promise the site cannot keep. The feed files themselves are still written, so a subscription
 * made earlier keeps working. Dates come only from the content (src/lib/feed/items.ts).
 */
import type { ChangeNote } from '../../schemas/change-note.ts';
import { feedUrl, organizationFeedUrl } from '../urls.ts';

interface Dated {
  organization: string;
  publishAt?: string | undefined;
  changes: readonly ChangeNote[];
}

const hasDate = (doc: Dated): boolean => Boolean(doc.publishAt) || doc.changes.length > 0;

/** The URLs of the feeds that list something: the site's, and each organisation's with a dated report. */
export function datedFeedUrls(docs: Iterable<Dated>): string[] {
  const organizations = new Set<string>();
  for (const doc of docs) if (hasDate(doc)) organizations.add(doc.organization);
  if (organizations.size === 0) return [];
  return [feedUrl(), ...[...organizations].sort().map(organizationFeedUrl)];
}
