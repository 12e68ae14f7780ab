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
  // A value that is not there at all is a missing field, whatever check it failed
  // (an enum with a custom message would otherwise say "must be one of …").
  if (value === undefined && issue.code !== 'custom') {
    if (issue.path.at(-1) === 'unit') return '単位がありません。金額・数値には単位を書いてください（例: unit: 百万円） / amount without a unit';
    return `必須の項目がありません / required field is missing${issue.code === 'invalid_type' ? ` (expected ${issue.expected})` : ''}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `型が違います: ${issue.expected} が必要です / expected ${issue.expected}, got ${describeValue(value)}`;
    case 'unrecognized_keys':
      return '';
    case 'invalid_value':
      return `${issue.message}`;
    case 'too_small':
      if (issue.origin === 'array') return `${issue.minimum} 件以上必要です / needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'number') return `${issue.minimum} ${issue.inclusive ? '以上' : 'より大きい'}数値にしてください / must be ${issue.inclusive ? '>=' : '>'} ${issue.minimum}, got ${describeValue(value)}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number') return `${issue.maximum} ${issue.inclusive ? '以下' : '未満'}の数値にしてください / must be ${issue.inclusive ? '<=' : '<'} ${issue.maximum}, got ${describeValue(value)}`;
      return issue.message;
    case 'invalid_union':
      return `書き方が違います（${describeValue(value)}） / invalid value`;
    case 'invalid_format':
      return issue.message;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return `number ${value}`;
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
