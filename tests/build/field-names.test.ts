/**
 * Text for readers never names a field of the content format (continues, evaluatedIn, publishAt …):
 * those are words for the staff who write the YAML, not for citizens. Every page of the public
 * sites (real content, the multi-year fixture, the 1,000-report archive) is scanned: its visible
 * text and the text read aloud (aria-label, alt, title). The staff preview is not scanned: it
 * speaks to staff about their files on purpose.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../helpers/pages.ts';

/** Every property name the JSON Schemas of the content files define (schemas/*.schema.json, from src/schemas). */
function schemaFieldNames(): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) names.add(name);
      walk(value);
    }
  };
  for (const kind of ['management-issue', 'measure', 'organizations', 'strategy-sheet']) walk(JSON.parse(readFileSync(path.resolve('schemas', `${kind}.schema.json`), 'utf8')));
  return names;
}

/** Visible and spoken text of a page: body text without scripts and styles, plus aria-label, alt and title. */
function readerText(html: string): string {
  const body = html.slice(html.indexOf('<body'));
  const spoken = [...body.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((m) => m[1]);
  const text = body.replace(/<script\b[\s\S]*?<\/script>/gi, ' ').replace(/<style\b[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return `${text} ${spoken.join(' ')}`.replace(/&[a-z#0-9]+;/gi, ' ');
}

const SITES = [
  { name: 'real content', dir: inject('siteDir') },
  { name: 'multi-year fixture', dir: inject('multiYearSiteDir') },
  { name: 'synthetic archive', dir: inject('archiveSiteDir') },
];

describe('field names of the content format', () => {
  const fields = schemaFieldNames();

  it('are known from the schemas (the scan below has something to find)', () => {
    for (const name of ['continues', 'evaluatedIn', 'publishAt', 'fiscalYear', 'directorTitle']) expect(fields).toContain(name);
  });

  it.each(SITES)('appear nowhere in the text for readers of the $name', ({ dir }) => {
    const found: string[] = [];
    for (const page of listPages(dir)) {
      const words = readerText(readFileSync(page.file, 'utf8')).match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
      const hits = [...new Set(words.filter((w) => fields.has(w)))];
      if (hits.length > 0) found.push(`${page.url}: ${hits.join(', ')}`);
    }
    expect(found).toEqual([]);
  });
});
