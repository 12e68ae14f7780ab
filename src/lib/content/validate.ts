/**
 * Validates a parsed content file against the schema of its kind and turns every schema
 * issue into a ContentProblem that points at the line and column of the offending value.
 */
import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { z } from 'astro/zod';
import type { ParsedFile } from './read.ts';
import type { ContentProblem } from './problems.ts';

type Path = readonly PropertyKey[];

/** Line/column of the YAML node at `path`, falling back to the nearest ancestor that exists. */
export function locate(parsed: ParsedFile, path: Path, key?: string): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth).map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
    const node = (sub.length === 0 ? parsed.document.contents : parsed.document.getIn(sub, true)) as Node | null | undefined;
    if (!node) continue;
    // For an unknown key, point at the key itself rather than its parent mapping.
    if (key !== undefined && depth === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      if (keyNode?.range) return toLineColumn(parsed, keyNode.range[0]);
    }
    if (node.range) return toLineColumn(parsed, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function toLineColumn(parsed: ParsedFile, offset: number): { line: number; column: number } {
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export function fieldPath(path: Path): string {
  return path.map((p) => String(p)).join('.');
}

/** Explains a zod issue in words staff understand, with the English alongside. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `必須の項目がありません / required field is missing (expected ${issue.expected})`;
      return `型が違います: ${issue.expected} が必要です / expected ${issue.expected}, got ${describeValue(value)}`;
    case 'unrecognized_keys':
      return '';
    case 'invalid_value':
      return `${issue.message}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${issue.minimum} 件以上必要です / needs at least ${issue.minimum} item(s)`
        : `${issue.message}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'string' ? `string ${JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value)}` : typeof value;
}

function valueAt(data: unknown, path: Path): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  return current;
}

export function validateParsed<S extends z.ZodType>(parsed: ParsedFile, schema: S): { data?: z.output<S>; problems: ContentProblem[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data, problems: [] };
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const { line, column } = locate(parsed, issue.path, key);
        problems.push({ severity: 'error', file: parsed.file, line, column, field: fieldPath([...issue.path, key]), message: `未知の項目です（綴りを確認してください） / unknown field "${key}"` });
      }
      continue;
    }
    const { line, column } = locate(parsed, issue.path);
    problems.push({ severity: 'error', file: parsed.file, line, column, field: fieldPath(issue.path), message: describeIssue(issue, valueAt(parsed.data, issue.path)) });
  }
  return { problems };
}
