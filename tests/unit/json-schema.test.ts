/**
 * Editor completion: the JSON Schemas generated from the zod schemas (z.toJSONSchema) are
 * committed in schemas/ (content files point at them), published at /schemas/, accept every
 * content file, and reject broken fixtures that the zod schemas reject too — checked with an
 * independent JSON Schema validator (Ajv, draft 2020-12).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { readContentFile } from '../../src/lib/content/read.ts';
import { CONTENT_KINDS, contentKindOf, type ContentKind } from '../../src/schemas/index.ts';
import { contentJsonSchemaText, SCHEMA_NAMES } from '../../src/schemas/json-schema.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validators = Object.fromEntries(
  (Object.keys(SCHEMA_NAMES) as ContentKind[]).map((kind) => [kind, ajv.compile(JSON.parse(readFileSync(path.resolve('schemas', `${SCHEMA_NAMES[kind]}.schema.json`), 'utf8')))]),
) as Record<ContentKind, ReturnType<typeof ajv.compile>>;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function read(root: string, file: string): Promise<{ kind: ContentKind; data: unknown }> {
  const kind = contentKindOf(path.relative(root, file).split(path.sep).join('/'));
  if (!kind) throw new Error(`not a content file: ${file}`);
  const { parsed } = await readContentFile(file, file);
  return { kind, data: parsed!.data };
}

const CONTENT_ROOTS = ['content', 'tests/fixtures/content/valid', 'tests/fixtures/content/release', 'tests/fixtures/content/release-published'].map((d) => path.resolve(d));
const contentFiles = CONTENT_ROOTS.flatMap((root) => yamlFiles(root).map((file) => [path.relative(process.cwd(), file), root] as const));

describe('generated JSON Schemas', () => {
  it.each(Object.entries(SCHEMA_NAMES))('schemas/%s copy is what zod generates now (run `npm run schemas` after changing src/schemas)', (kind, name) => {
    expect(readFileSync(path.resolve('schemas', `${name}.schema.json`), 'utf8')).toBe(contentJsonSchemaText(kind as ContentKind));
  });

  it('are published with the site at /schemas/<kind>.schema.json', () => {
    const siteDir = inject('siteDir');
    for (const [kind, name] of Object.entries(SCHEMA_NAMES)) {
      expect(readFileSync(path.join(siteDir, 'schemas', `${name}.schema.json`), 'utf8')).toBe(contentJsonSchemaText(kind as ContentKind));
    }
  });

  it('describe the fields staff write (input side: a rating is a string, a 年度 a number or text)', () => {
    const schema = JSON.parse(contentJsonSchemaText('managementIssue')) as { properties: Record<string, { type?: unknown }>; required: string[]; additionalProperties: boolean };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.fiscalYear?.type).toEqual(['number', 'string']);
    expect(schema.required).toEqual(expect.arrayContaining(['organization', 'fiscalYear', 'number', 'title', 'plan', 'selfEvaluation', 'strategies']));
    expect(schema.required).not.toContain('draft');
    expect(Object.keys(schema.properties)).toContain('changes');
  });
});

describe('every content file', () => {
  it('has content files to check', () => {
    expect(contentFiles.filter(([f]) => f.startsWith('content/')).length).toBeGreaterThanOrEqual(9);
  });

  it.each(contentFiles)('%s is valid for its JSON Schema and for zod', async (file, root) => {
    const { kind, data } = await read(root, path.resolve(file));
    const validate = validators[kind];
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(CONTENT_KINDS[kind].schema.safeParse(data).success).toBe(true);
  });

  it.each(contentFiles.filter(([f]) => f.startsWith('content/')))('%s names its schema for editors (yaml-language-server)', (file) => {
    const kind = contentKindOf(path.relative('content', file).split(path.sep).join('/'))!;
    const first = readFileSync(file, 'utf8').split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match, `first line of ${file}`).not.toBeNull();
    expect(path.resolve(path.dirname(file), match![1]!)).toBe(path.resolve('schemas', `${SCHEMA_NAMES[kind]}.schema.json`));
  });
});

/** Broken fixtures whose mistake JSON Schema can express, and the JSON pointer Ajv must name. */
const BROKEN: [string, string][] = [
  ['unknown-field', ''],
  ['unknown-field-nested', '/plan'],
  ['missing-field', ''],
  ['missing-nested-field', '/strategies/0/selfEvaluation'],
  ['wrong-type-boolean', '/draft'],
  ['wrong-type-list', '/strategies/0/selfEvaluation/outcomes'],
  ['wrong-type-number', '/number'],
  ['empty-string', '/title'],
  ['organization-missing-field', '/organizations/0'],
  ['amount-unknown-unit', '/strategies/0/initiatives/0/budget/0/unit'],
  ['change-date-format', '/changes/1/date'],
];

describe('broken fixtures', () => {
  it.each(BROKEN)('%s is rejected by the JSON Schema (at %s) and by zod', async (name, pointer) => {
    const root = path.resolve('tests/fixtures/broken', name);
    const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as { file: string };
    const { kind, data } = await read(root, path.join(root, expected.file));
    const validate = validators[kind];
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath), ajv.errorsText(validate.errors)).toContain(pointer);
    expect(CONTENT_KINDS[kind].schema.safeParse(data).success).toBe(false);
  });

  it('leaves what JSON Schema cannot express to the build check (an impossible date)', async () => {
    const root = path.resolve('tests/fixtures/broken/change-date-impossible');
    const { kind, data } = await read(root, path.join(root, 'osaka-ict/2018/keiei-kadai-2.yaml'));
    expect(validators[kind](data)).toBe(true);
    expect(CONTENT_KINDS[kind].schema.safeParse(data).success).toBe(false);
  });
});
