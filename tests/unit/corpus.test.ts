import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { loadContent } from '../../src/lib/content/load.ts';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.isDirectory()) out.push(...(await listFiles(path.join(dir, item.name), relative)));
    else out.push(relative);
  }
  return out.sort();
}

describe('synthetic benchmark corpus', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'kohyo-corpus-test-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes 100 reports that pass the real schemas and cross-file checks', async () => {
    const dir = path.join(root, 'a');
    const summary = await generateCorpus(100, dir, 7);
    expect(summary.reports).toBe(100);
    const loaded = await loadContent({ contentDir: dir, now: new Date('2030-01-01T00:00:00+09:00') });
    expect(loaded.problems).toEqual([]);
    const issues = loaded.entries.filter((e) => e.kind === 'managementIssue');
    const measures = loaded.entries.filter((e) => e.kind === 'measure');
    expect(issues.length + measures.length).toBe(100);
    expect(issues.length).toBe(70);
    expect(new Set(loaded.organizations.map((o) => o.id)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(loaded.entries.map((e) => e.data.fiscalYear)).size).toBeGreaterThanOrEqual(2);
    expect(loaded.entries.every((e) => e.release.status === 'published')).toBe(true);
    // Every report carries 3–6 indicator series, wherever in the document they sit.
    for (const entry of loaded.entries) {
      if (entry.kind === 'strategySheet') continue;
      const count = entry.kind === 'managementIssue'
        ? entry.data.indicators.length + entry.data.strategies.reduce((n, s) => n + s.indicators.length + s.initiatives.reduce((m, i) => m + i.indicators.length, 0), 0)
        : entry.data.projects.reduce((n, p) => n + p.indicators.length, 0);
      expect(count, entry.id).toBeGreaterThanOrEqual(3);
      expect(count, entry.id).toBeLessThanOrEqual(6);
    }
    // Some years are missing (null = データなし), as in the real documents, so pages meet gaps.
    const points = issues.flatMap((e) => [e.data.indicators, ...e.data.strategies.map((s) => s.indicators)].flat().flatMap((s) => s.points));
    expect(points.some((p) => p.value === null)).toBe(true);
    // Synthetic text announces itself.
    const text = await readFile(path.join(dir, `${issues[0]!.id}.yaml`), 'utf8');
    expect(text).toContain('〔合成データ〕');
    expect(issues[0]!.data.title).toMatch(/^〔合成〕/);
  });

  it('is deterministic: same size and seed give byte-identical files; another seed differs', async () => {
    const [a, b, c] = ['x', 'y', 'z'].map((n) => path.join(root, n)) as [string, string, string];
    await generateCorpus(40, a, 11);
    await generateCorpus(40, b, 11);
    await generateCorpus(40, c, 12);
    const filesA = await listFiles(a);
    expect(await listFiles(b)).toEqual(filesA);
    for (const file of filesA) {
      expect((await readFile(path.join(b, file))).equals(await readFile(path.join(a, file))), file).toBe(true);
    }
    const same = await Promise.all(filesA.filter((f) => f.endsWith('keiei-kadai-1.yaml')).map(async (f) => {
      const other = await readFile(path.join(c, f)).catch(() => undefined);
      return other?.equals(await readFile(path.join(a, f))) ?? false;
    }));
    expect(same.every(Boolean)).toBe(false);
  });

  it('refuses to overwrite a folder that is not a generated corpus', async () => {
    const dir = path.join(root, 'zero');
    await generateCorpus(5, path.join(root, 'ok'));
    await writeFile(path.join(root, 'marker-free.txt'), 'x');
    await expect(generateCorpus(5, root)).rejects.toThrow(/not a generated corpus/);
    await expect(generateCorpus(5, path.resolve('content', 'bench'))).rejects.toThrow(/content\//);
    await expect(generateCorpus(0, dir)).rejects.toThrow(/positive integer/);
  });
});
