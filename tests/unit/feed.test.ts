/** Atom feeds: items from content dates only (publishAt, change notes), newest first; valid Atom 1.0. */
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, NO_DATE } from '../../src/lib/feed/atom.ts';
import { feedItems, undatedReports, type FeedReport } from '../../src/lib/feed/items.ts';
import { checkAtom } from '../helpers/atom.ts';

const report = (over: Partial<FeedReport>): FeedReport => ({
  url: '/osaka-ict/2018/keiei-kadai-2/',
  title: '経営課題2 情報セキュリティ管理体制の実効性確保',
  organizationName: '大阪市 ICT戦略室',
  context: '運営方針・平成30年度（2018年度）',
  changes: [],
  ...over,
});

const two = report({ changes: [{ date: '2019-05-20', note: '件数を訂正（誤 22件 → 正 23件）' }] });
const four = report({
  url: '/osaka-ict/2018/keiei-kadai-4/',
  title: '経営課題4 新しく公開する経営課題',
  publishAt: '2019-04-01T00:00:00.000Z',
  changes: [
    { date: '2019-04-15', note: '誤字を直しました' },
    { date: '2019-05-10', note: '改善策を追記 <b>&</b>' },
    { date: '2019-05-10', note: '同じ日の2件目' },
  ],
});
const undated = report({ url: '/osaka-ict/2018/keiei-kadai-1/', title: '経営課題1 日付なし' });

describe('feed items', () => {
  it('lists publications and change notes newest first, dated from the content', () => {
    const items = feedItems([undated, two, four]);
    expect(items.map((i) => `${i.date.slice(0, 10)} ${i.kind} ${i.id}`)).toEqual([
      '2019-05-19 updated /osaka-ict/2018/keiei-kadai-2/#koshin-rireki-2019-05-20-1',
      '2019-05-09 updated /osaka-ict/2018/keiei-kadai-4/#koshin-rireki-2019-05-10-1',
      '2019-05-09 updated /osaka-ict/2018/keiei-kadai-4/#koshin-rireki-2019-05-10-2',
      '2019-04-14 updated /osaka-ict/2018/keiei-kadai-4/#koshin-rireki-2019-04-15-1',
      '2019-04-01 published /osaka-ict/2018/keiei-kadai-4/',
    ]);
    // A change date is a JST calendar day: midnight in Japan is 15:00 UTC the day before.
    expect(items[0]!.date).toBe('2019-05-19T15:00:00.000Z');
  });

  it('leaves out a report with neither publishAt nor change notes, and names it', () => {
    expect(feedItems([undated])).toEqual([]);
    expect(undatedReports([undated, two, four])).toEqual([undated]);
  });

  it('keeps the ids of older notes when a note is added', () => {
    const before = feedItems([four]).map((i) => i.id);
    const after = feedItems([{ ...four, changes: [...four.changes, { date: '2019-06-01', note: '追加' }] }]).map((i) => i.id);
    expect(after).toEqual(expect.arrayContaining(before));
  });
});

describe('Atom document', () => {
  const xml = atomFeed({ site: 'https://city.example.jp/kohyo/', title: 'Kohyo 公表 — 新着・更新情報', feedPath: '/feed.xml', pagePath: '/', author: 'Kohyo 公表', items: feedItems([two, four]) });

  it('is valid Atom with absolute URLs from the site address and JST dates', () => {
    const atom = checkAtom(xml);
    expect(atom.problems).toEqual([]);
    expect(atom.updated).toBe('2019-05-20T00:00:00+09:00');
    expect(atom.entries).toHaveLength(5);
    expect(atom.entries[0]!.link).toBe('https://city.example.jp/osaka-ict/2018/keiei-kadai-2/#koshin-rireki');
    expect(atom.entries[4]).toMatchObject({ published: '2019-04-01T09:00:00+09:00', updated: '2019-04-01T09:00:00+09:00', title: '公開: 経営課題4 新しく公開する経営課題（大阪市 ICT戦略室）' });
    // The note is Markdown rendered to HTML and escaped into the element, never raw markup.
    expect(atom.entries[1]!.content).toContain('改善策を追記 &lt;b&gt;&amp;&lt;/b&gt;');
    expect(xml).not.toContain('<b>');
  });

  it('is byte-identical for the same content (no build clock)', () => {
    expect(atomFeed({ site: 'https://city.example.jp/', title: 't', feedPath: '/feed.xml', pagePath: '/', author: 'a', items: feedItems([two, four]) })).toBe(
      atomFeed({ site: 'https://city.example.jp/', title: 't', feedPath: '/feed.xml', pagePath: '/', author: 'a', items: feedItems([four, two]) }),
    );
  });

  it('still has an updated date when nothing is dated: the fixed NO_DATE, not the clock', () => {
    const empty = checkAtom(atomFeed({ site: 'https://city.example.jp/', title: 't', feedPath: '/feed.xml', pagePath: '/', author: 'a', items: [] }));
    expect(empty.problems).toEqual([]);
    expect(empty.updated).toBe(NO_DATE);
  });

  it('drops characters XML cannot carry and escapes markup', () => {
    expect(escapeXml('a\u0001b<c>&"')).toBe('ab&lt;c&gt;&amp;&quot;');
  });
});

describe('the Atom check itself can fail', () => {
  it('reports malformed XML, a missing updated, relative ids and duplicate entries', () => {
    expect(checkAtom('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>').problems[0]).toMatch(/not well-formed/);
    const bad = checkAtom(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>/feed.xml</id><link rel="self" href="https://a.example/feed.xml"/><author><name>a</name></author>
<entry><title>e</title><id>https://a.example/1</id><updated>2019-01-01</updated><link href="/x/"/></entry>
<entry><title>e</title><id>https://a.example/1</id><updated>2019-01-01T00:00:00Z</updated></entry></feed>`);
    expect(bad.problems).toEqual([
      'feed: 0 <updated> (exactly one required)',
      'feed id is not an absolute IRI: /feed.xml',
      'feed updated is not RFC 3339: ',
      'entry 1: updated is not RFC 3339: 2019-01-01',
      'entry 1: link is not absolute: /x/',
      'entry 2: neither content nor an alternate link',
      'entry ids are not unique',
    ]);
  });
});
