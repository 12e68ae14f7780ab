/** The pieces that keep the two outputs apart, and show problems where staff look. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProblemLog } from '../../../src/lib/content/problem-log.ts';
import type { ContentProblem } from '../../../src/lib/content/problems.ts';
import { isPreview } from '../../../src/lib/content/release.ts';
import { renderableContent } from '../../../src/lib/content/renderable.ts';
import { isIsoCalendarDate } from '../../../src/lib/iso-date.ts';
import { outputDirectory } from '../../../src/lib/preview/output-dirs.ts';
import { noindexHeaders } from '../../../src/integrations/preview-site.ts';
import type { LoadedContent } from '../../../src/lib/content/load.ts';

describe('the release switch', () => {
  it('is read for the dev server (KOHYO_PREVIEW=1) or for a build (KOHYO_RELEASE=preview), never crosswise', () => {
    expect(isPreview({ KOHYO_PREVIEW: '1' }, 'dev')).toBe(true);
    expect(isPreview({ KOHYO_PREVIEW: '1' }, 'build')).toBe(false);
    expect(isPreview({ KOHYO_RELEASE: 'preview' }, 'build')).toBe(true);
    expect(isPreview({ KOHYO_RELEASE: 'preview' }, 'dev')).toBe(false);
    for (const value of [undefined, '', '1', 'Preview', 'production']) expect(isPreview({ KOHYO_RELEASE: value }, 'build')).toBe(false);
  });
});

describe('output folders', () => {
  it('writes production to dist/ and the preview to dist-preview/ by default', () => {
    expect(outputDirectory(false, {})).toBe(path.resolve('dist'));
    expect(outputDirectory(true, {})).toBe(path.resolve('dist-preview'));
  });

  it('never writes a preview where the public site is', () => {
    expect(() => outputDirectory(true, { KOHYO_OUT_DIR: 'dist' })).toThrow(/公開用の出力フォルダ/);
    expect(() => outputDirectory(true, { KOHYO_OUT_DIR: '/srv/www', KOHYO_PRODUCTION_DIR: '/srv/www' })).toThrow(/never written to the production folder/);
    expect(outputDirectory(true, { KOHYO_OUT_DIR: '/srv/review' })).toBe('/srv/review');
  });
});

describe('preview _headers', () => {
  it('adds X-Robots-Tag: noindex to the rule for every path, keeping the others', () => {
    const out = noindexHeaders('# comment\n/*\n  X-Frame-Options: DENY\n');
    expect(out).toBe('# comment\n/*\n  X-Robots-Tag: noindex, nofollow\n  X-Frame-Options: DENY\n');
    expect(noindexHeaders('')).toContain('/*\n  X-Robots-Tag: noindex, nofollow\n');
  });
});

const problem = (over: Partial<ContentProblem>): ContentProblem => ({ severity: 'error', file: 'content/a.yaml', line: 3, column: 5, field: 'title', message: '空の文字列は使えません / empty text', ...over });

describe('terminal problem log', () => {
  it('prints each problem once, again only after it was fixed and came back, and says when all are fixed', () => {
    const printed: string[] = [];
    const log = createProblemLog(() => ({ warn: (t) => printed.push(t), info: (t) => printed.push(t) }));
    const a = problem({});
    const b = problem({ file: 'content/b.yaml' });
    log([a]);
    log([a]);
    log([a, a]);
    log([a, b]);
    log([]);
    log([a]);
    const lines = printed.join('\n').split('\n');
    expect(lines.filter((l) => l.startsWith('content/a.yaml:3:5'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('content/b.yaml:3:5'))).toHaveLength(1);
    expect(printed.filter((t) => t.includes('すべて解消'))).toHaveLength(1);
    expect(printed).toHaveLength(4);
  });

  it('does not call a warning fixed when an error in its file hides it', () => {
    const printed: string[] = [];
    const log = createProblemLog(() => ({ warn: (t) => printed.push(t), info: (t) => printed.push(t) }));
    const warning = problem({ severity: 'warning', field: 'plan.vision', message: '文字化け' });
    const error = problem({ line: 9, field: 'number', message: '型が違います' });
    log([warning]);
    // The file now has an error: its warnings are not looked for, so the warning vanishes unseen.
    log([error]);
    expect(printed.filter((t) => t.includes('解消'))).toEqual([]);
    // The error is fixed; the warning is back (never gone): the error alone is reported fixed, the warning not printed again.
    log([warning]);
    expect(printed.filter((t) => t.includes('解消'))).toEqual(['コンテンツのエラーはすべて解消しました（警告は残っています） / all content errors are fixed (warnings remain)']);
    expect(printed.join('\n').split('\n').filter((l) => l.includes('文字化け'))).toHaveLength(1);
  });
});

describe('renderable preview content', () => {
  it('leaves out entries whose file has an error or whose organisation is unknown, and keeps the problems', () => {
    const entry = (id: string, organization: string) => ({ id, kind: 'managementIssue', file: `content/${id}.yaml`, data: { organization }, release: { status: 'published' } });
    const content = {
      organizations: [{ id: 'osaka-ict', municipality: '大阪市', name: 'ICT戦略室' }],
      entries: [entry('osaka-ict/2018/keiei-kadai-1', 'osaka-ict'), entry('osaka-ict/2018/keiei-kadai-2', 'osaka-ict'), entry('x/2018/keiei-kadai-1', 'x')],
      problems: [problem({ file: 'content/osaka-ict/2018/keiei-kadai-2.yaml' }), problem({ severity: 'warning', file: 'content/osaka-ict/2018/keiei-kadai-1.yaml' })],
    } as unknown as LoadedContent;
    const result = renderableContent(content);
    expect(result.entries.map((e) => e.id)).toEqual(['osaka-ict/2018/keiei-kadai-1']);
    expect(result.problems).toHaveLength(2);
  });
});

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    for (const ok of ['2019-07-01', '2020-02-29', '2019-12-31']) expect(isIsoCalendarDate(ok)).toBe(true);
    for (const bad of ['2019-02-29', '2019-02-30', '2019-13-01', '2019-00-10', '2019-7-1', '2019/07/01', '2019-07-01T00:00', '']) expect(isIsoCalendarDate(bad)).toBe(false);
  });
});
