/**
 * The Pagefind integration with the Pagefind service mocked: errors in any response must fail
 * the build with a clear message, and the service must always be closed.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const service = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => null),
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
}));

vi.mock('pagefind', () => ({
  createIndex: service.createIndex,
  close: service.close,
}));

const { default: kohyoPagefind, indexSite, neverInlineScripts, PagefindIndexError, summaryLine } = await import(
  '../../../src/integrations/pagefind.ts'
);

let siteDir: string;

/** Makes writeFiles produce the files Pagefind would, so sizes and counts are real. */
function writesBundle(pageCount: number) {
  return async ({ outputPath }: { outputPath: string }) => {
    await mkdir(outputPath, { recursive: true });
    await writeFile(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify({ languages: { ja: { page_count: pageCount } } }));
    await writeFile(path.join(outputPath, 'pagefind.js'), 'x'.repeat(1000));
    return { errors: [], outputPath };
  };
}

beforeEach(async () => {
  siteDir = await mkdtemp(path.join(os.tmpdir(), 'kohyo-pagefind-unit-'));
  vi.clearAllMocks();
  service.createIndex.mockResolvedValue({
    errors: [],
    index: { addDirectory: service.addDirectory, writeFiles: service.writeFiles },
  });
  service.addDirectory.mockResolvedValue({ errors: [], page_count: 8 });
  service.writeFiles.mockImplementation(writesBundle(3));
});

afterEach(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('indexSite', () => {
  it('indexes the build directory and writes the bundle to <dir>/pagefind', async () => {
    const result = await indexSite(siteDir);
    expect(service.createIndex).toHaveBeenCalledTimes(1);
    expect(service.createIndex.mock.calls[0]?.[0]).toMatchObject({ excludeSelectors: expect.arrayContaining(['nav', 'svg']) });
    expect(service.addDirectory).toHaveBeenCalledWith({ path: siteDir });
    expect(service.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(siteDir, 'pagefind') });
    expect(service.close).toHaveBeenCalledTimes(1);
    // Pages in the index (from the entry file), not every HTML file read.
    expect(result.pageCount).toBe(3);
    expect(result.indexBytes).toBeGreaterThanOrEqual(1000);
    expect(result.milliseconds).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['createIndex', () => service.createIndex.mockResolvedValue({ errors: ['bad config'] })],
    ['addDirectory', () => service.addDirectory.mockResolvedValue({ errors: ['could not read foo.html'], page_count: 0 })],
    ['writeFiles', () => service.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' })],
  ])('fails with a clear message when %s reports errors, and still closes Pagefind', async (step, arrange) => {
    arrange();
    const failure = indexSite(siteDir);
    await expect(failure).rejects.toBeInstanceOf(PagefindIndexError);
    await expect(failure).rejects.toThrow(new RegExp(`検索インデックスを作成できませんでした \\(${step}\\)`));
    expect(service.close).toHaveBeenCalledTimes(1);
  });

  it('names every error Pagefind reported', async () => {
    service.addDirectory.mockResolvedValue({ errors: ['first problem', 'second problem'], page_count: 0 });
    await expect(indexSite(siteDir)).rejects.toThrow(/first problem[\s\S]*second problem/);
  });

  it('stops before writing when indexing fails', async () => {
    service.addDirectory.mockResolvedValue({ errors: ['broken'], page_count: 0 });
    await expect(indexSite(siteDir)).rejects.toThrow();
    expect(service.writeFiles).not.toHaveBeenCalled();
  });

  it('closes Pagefind when the service itself throws', async () => {
    service.addDirectory.mockRejectedValue(new Error('service crashed'));
    await expect(indexSite(siteDir)).rejects.toThrow('service crashed');
    expect(service.close).toHaveBeenCalledTimes(1);
  });
});

describe('the Astro integration', () => {
  it('indexes nothing itself: the build indexes each shard after its Astro run has exited', () => {
    expect(Object.keys(kohyoPagefind().hooks)).toEqual(['astro:config:setup']);
  });

  it('keeps scripts out of the HTML (CSP without unsafe-inline) but leaves other assets alone', async () => {
    const integration = kohyoPagefind();
    const updateConfig = vi.fn();
    const setup = integration.hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ updateConfig });
    const limit = updateConfig.mock.calls[0]?.[0]?.vite?.build?.assetsInlineLimit as typeof neverInlineScripts;
    expect(limit('_astro/search.astro_astro_type_script_index_0_lang.abc.js')).toBe(false);
    expect(limit('_astro/icon.svg')).toBeUndefined();
  });
});

describe('summaryLine', () => {
  it('uses the wording the benchmark parses', () => {
    expect(summaryLine({ pageCount: 7, milliseconds: 1234.4, indexBytes: 5678 })).toBe('[kohyo:search] indexed 7 pages in 1234 ms (index 5678 bytes)');
  });
});
