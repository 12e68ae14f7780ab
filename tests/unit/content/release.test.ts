/** Release rules: draft / publishAt (JST by default), the build date, the preview banner text. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.ts';
import { buildNow, formatPublishAt, isPreview, releasedOnly, releaseNotice, releaseStatus } from '../../../src/lib/content/release.ts';

const at = (iso: string) => new Date(iso);

describe('releaseStatus', () => {
  it('keeps drafts unreleased whatever the date', () => {
    expect(releaseStatus({ draft: true }, at('2099-01-01T00:00:00Z')).status).toBe('draft');
    expect(releaseStatus({ draft: true, publishAt: '2019-06-01T00:00:00.000Z' }, at('2099-01-01T00:00:00Z')).status).toBe('draft');
  });
  it('embargoes until publishAt, to the minute', () => {
    const publishAt = '2019-06-01T00:00:00.000Z'; // 2019年6月1日 9:00 JST
    expect(releaseStatus({ publishAt }, at('2019-06-01T08:59:59+09:00'))).toEqual({ status: 'embargoed', publishAt });
    expect(releaseStatus({ publishAt }, at('2019-06-01T09:00:00+09:00'))).toEqual({ status: 'published', publishAt });
    expect(releaseStatus({}, at('2000-01-01T00:00:00Z'))).toEqual({ status: 'published' });
  });
  it('releasedOnly drops drafts and embargoed entries', () => {
    const entries = [{ id: 'a', release: { status: 'published' as const } }, { id: 'b', release: { status: 'draft' as const } }, { id: 'c', release: { status: 'embargoed' as const, publishAt: 'x' } }];
    expect(releasedOnly(entries).map((e) => e.id)).toEqual(['a']);
  });
});

describe('buildNow (KOHYO_NOW)', () => {
  it('reads a date-time with zone, and a time or a date without zone as JST', () => {
    expect(buildNow({ KOHYO_NOW: '2019-06-01T09:00+09:00' }).toISOString()).toBe('2019-06-01T00:00:00.000Z');
    expect(buildNow({ KOHYO_NOW: '2019-06-01T09:00' }).toISOString()).toBe('2019-06-01T00:00:00.000Z');
    expect(buildNow({ KOHYO_NOW: '2019-06-01' }).toISOString()).toBe('2019-05-31T15:00:00.000Z');
    expect(buildNow({ KOHYO_NOW: '2019-06-01T00:00Z' }).toISOString()).toBe('2019-06-01T00:00:00.000Z');
  });
  it('uses the clock when unset and refuses nonsense with a message', () => {
    const before = Date.now();
    expect(buildNow({}).getTime()).toBeGreaterThanOrEqual(before);
    expect(() => buildNow({ KOHYO_NOW: '来週' })).toThrow(/KOHYO_NOW/);
  });
  it('treats only KOHYO_PREVIEW=1 as preview', () => {
    expect(isPreview({ KOHYO_PREVIEW: '1' })).toBe(true);
    for (const value of [undefined, '', '0', 'true', 'yes']) expect(isPreview({ KOHYO_PREVIEW: value })).toBe(false);
  });
});

describe('preview banner text', () => {
  it('formats the publish date in JST', () => {
    expect(formatPublishAt('2019-06-01T00:00:00.000Z')).toBe('2019年6月1日 9:00');
    expect(formatPublishAt('2019-12-31T15:05:00.000Z')).toBe('2020年1月1日 0:05');
  });
  it('says 「下書き」 or 「公開前（…公開予定）」, and nothing for published entries', () => {
    expect(releaseNotice({ status: 'draft' })!.title).toBe('下書き');
    expect(releaseNotice({ status: 'draft', publishAt: '2019-06-01T00:00:00.000Z' })!.detail).toContain('2019年6月1日 9:00公開予定');
    expect(releaseNotice({ status: 'embargoed', publishAt: '2019-06-01T00:00:00.000Z' })!.title).toBe('公開前（2019年6月1日 9:00公開予定）');
    expect(releaseNotice({ status: 'published', publishAt: '2019-06-01T00:00:00.000Z' })).toBeUndefined();
  });
});

describe('release status of real files', () => {
  it('reads publishAt without zone as JST and sets each entry status once, in the loader', async () => {
    const dir = path.resolve('tests/fixtures/content/release');
    const before = await loadContent({ contentDir: dir, now: buildNow({ KOHYO_NOW: '2019-06-01T08:59+09:00' }) });
    const status = Object.fromEntries(before.entries.map((e) => [e.id, e.release.status]));
    expect(status).toEqual({
      'chiba-somu/2017/sheet': 'embargoed',
      'chiba-somu/2017/shisaku-4-1-2': 'draft',
      'osaka-ict/2018/keiei-kadai-1': 'draft',
      'osaka-ict/2018/keiei-kadai-2': 'published',
      'osaka-ict/2018/keiei-kadai-3': 'embargoed',
      'osaka-ict/2018/keiei-kadai-4': 'published',
      'osaka-ict/2019/keiei-kadai-1': 'draft',
    });
    const after = await loadContent({ contentDir: dir, now: buildNow({ KOHYO_NOW: '2019-06-01T09:00+09:00' }) });
    expect(after.entries.find((e) => e.id === 'osaka-ict/2018/keiei-kadai-3')!.release).toEqual({ status: 'published', publishAt: '2019-06-01T00:00:00.000Z' });
  });
});
