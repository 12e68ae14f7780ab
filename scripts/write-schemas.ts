/**
 * `npm run schemas` — writes schemas/<kind>.schema.json (the JSON Schema of each content file kind,
 * generated from src/schemas by zod) for editors: content files point at them with a
 * `# yaml-language-server: $schema=…` line. The site publishes the same files at /schemas/.
 * tests/unit/json-schema.test.ts fails when the committed copies are out of date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentJsonSchemaText, SCHEMA_NAMES } from '../src/schemas/json-schema.ts';
import type { ContentKind } from '../src/schemas/index.ts';

const dir = path.resolve('schemas');
await mkdir(dir, { recursive: true });
for (const [kind, name] of Object.entries(SCHEMA_NAMES) as [ContentKind, string][]) {
  await writeFile(path.join(dir, `${name}.schema.json`), contentJsonSchemaText(kind));
  console.log(`schemas/${name}.schema.json`);
}
