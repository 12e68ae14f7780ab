/**
 * Writes an Atom 1.0 feed (RFC 4287) from feed items: absolute URLs from the site address
 * (KOHYO_SITE_URL), dates in Japan time, text escaped for XML. Pure: same input, same bytes.
 */
import { jstDateTime } from '../jst.ts';
import { LABELS } from '../labels.ts';
import { renderMarkdown } from '../markdown.ts';
import type { FeedItem } from './items.ts';

/**
 * `updated` of a feed that has no dated entry yet. Atom requires one; the build clock would make
 * every build differ, so a fixed value that plainly means "nothing dated" is used instead.
 */
export const NO_DATE = '1970-01-01T00:00:00Z';

export interface AtomFeed {
  /** Absolute site address, e.g. https://kohyo.example.jp/ */
  site: URL | string;
  title: string;
  /** Site-relative URL of the feed itself */
  feedPath: string;
  /** Site-relative URL of the page the feed is about */
  pagePath: string;
  author: string;
  items: readonly FeedItem[];
}

// Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function entry(item: FeedItem, absolute: (p: string) => string): string {
  const { report } = item;
  const title = item.kind === 'published' ? LABELS.feeds.published(report.title) : LABELS.feeds.updated(report.title);
  const lines = [
    '  <entry>',
    `    <title>${escapeXml(`${title}（${report.organizationName}）`)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(absolute(item.url))}"/>`,
    `    <id>${escapeXml(absolute(item.id))}</id>`,
    ...(item.kind === 'published' ? [`    <published>${jstDateTime(item.date)}</published>`] : []),
    `    <updated>${jstDateTime(item.date)}</updated>`,
    `    <author><name>${escapeXml(report.organizationName)}</name></author>`,
    `    <summary>${escapeXml(`${report.organizationName}・${report.context}`)}</summary>`,
    ...(item.note ? [`    <content type="html">${escapeXml(renderMarkdown(item.note))}</content>`] : []),
    '  </entry>',
  ];
  return lines.join('\n');
}

export function atomFeed(feed: AtomFeed): string {
  const absolute = (p: string) => new URL(p, feed.site).href;
  const updated = feed.items[0] ? jstDateTime(feed.items[0].date) : NO_DATE;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feed.feedPath))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(feed.pagePath))}"/>`,
    `  <id>${escapeXml(absolute(feed.feedPath))}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    '  <generator>Kohyo</generator>',
    ...feed.items.map((item) => entry(item, absolute)),
    '</feed>',
    '',
  ].join('\n');
}
