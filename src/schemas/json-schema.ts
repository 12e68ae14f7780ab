/**
 * JSON Schema of each content file kind, converted from the zod schemas by zod 4 itself
 * (`z.toJSONSchema`), so editors complete and check the same fields the build accepts; nothing is
 * restated by hand. Input side (`io: 'input'`): what staff write, before transforms normalise it
 * (a rating stays a string, a 年度 may be 2018 or 「平成30年度」). Rules JSON Schema cannot express
 * (rating vocabularies, real dates, cross-field checks) are left to `npm run check`.
 */
import { z } from 'astro/zod';
import { CONTENT_KINDS, type ContentKind } from './index.ts';

/** File name stem of each kind's schema: /schemas/<stem>.schema.json and schemas/<stem>.schema.json. */
export const SCHEMA_NAMES = {
  managementIssue: 'management-issue',
  strategySheet: 'strategy-sheet',
  measure: 'measure',
  organizations: 'organizations',
  site: 'site',
} as const satisfies Record<ContentKind, string>;

export type SchemaName = (typeof SCHEMA_NAMES)[ContentKind];

export function kindOfSchemaName(name: string): ContentKind | undefined {
  return (Object.keys(SCHEMA_NAMES) as ContentKind[]).find((kind) => SCHEMA_NAMES[kind] === name);
}

export function contentJsonSchema(kind: ContentKind): Record<string, unknown> {
  const generated = z.toJSONSchema(CONTENT_KINDS[kind].schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: `Kohyo: ${CONTENT_KINDS[kind].description}`, ...rest };
}

/** The file text: stable key order and a final newline, so the committed copies diff cleanly. */
export function contentJsonSchemaText(kind: ContentKind): string {
  return `${JSON.stringify(contentJsonSchema(kind), null, 2)}\n`;
}
