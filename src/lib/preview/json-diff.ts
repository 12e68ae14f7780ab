/**
 * Differences between two JSON documents (two versions of a report.json), leaf by leaf.
 * List items are matched by what identifies them in Kohyo's data (番号, id, code, 年度 …), not by
 * position, so inserting a year does not make every later year look changed.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One step into a document: an object key, or a list item with what identifies it. */
export type PathStep = { key: string } | { item: JsonObject | Json; identity: string };

export interface JsonChange {
  path: PathStep[];
  /** Objects the change sits in, outermost first (their names and units label the change) */
  context: JsonObject[];
  /** undefined = absent on that side (the item or field was added or removed) */
  before: Json | undefined;
  after: Json | undefined;
}

export interface DiffOptions {
  /** Objects under these keys are compared as one value (e.g. a structured rating) */
  atomicKeys?: ReadonlySet<string>;
}

/** Keys that identify list items, tried in order; a combination is used when it is unique on both sides. */
const IDENTITIES: readonly (readonly string[])[] = [['number'], ['id'], ['code'], ['fiscalYear', 'kind'], ['fiscalYear'], ['date', 'note'], ['label'], ['name'], ['description']];

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

function identityKeys(before: Json[], after: Json[]): readonly string[] | undefined {
  const all = [...before, ...after];
  if (all.length === 0 || !all.every(isObject)) return undefined;
  return IDENTITIES.find((keys) => {
    const unique = (items: Json[]) => {
      const seen = new Set<string>();
      for (const item of items as JsonObject[]) {
        if (!keys.every((k) => item[k] !== undefined && item[k] !== null)) return false;
        const id = JSON.stringify(keys.map((k) => item[k]));
        if (seen.has(id)) return false;
        seen.add(id);
      }
      return true;
    };
    return unique(before) && unique(after);
  });
}

function walk(before: Json | undefined, after: Json | undefined, path: PathStep[], context: JsonObject[], options: DiffOptions, out: JsonChange[]): void {
  if (jsonEqual(before, after)) return;
  const last = path.at(-1);
  const atomic = last !== undefined && 'key' in last && options.atomicKeys?.has(last.key);
  if (!atomic && isObject(before) && isObject(after)) {
    const inner = [...context, after];
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) walk(before[key], after[key], [...path, { key }], inner, options, out);
    return;
  }
  if (!atomic && Array.isArray(before) && Array.isArray(after)) {
    const keys = identityKeys(before, after);
    if (keys) {
      const idOf = (item: Json) => JSON.stringify(keys.map((k) => (item as JsonObject)[k]));
      const beforeById = new Map(before.map((item) => [idOf(item), item]));
      const afterIds = new Set(after.map(idOf));
      // Items in their new order, then the removed ones where they were.
      for (const item of after) walk(beforeById.get(idOf(item)), item, [...path, { item, identity: idOf(item) }], context, options, out);
      for (const item of before) if (!afterIds.has(idOf(item))) walk(item, undefined, [...path, { item, identity: idOf(item) }], context, options, out);
      return;
    }
    // Lists of plain values (e.g. 改善・改革の手法 ①⑥) or without identities: one value.
  }
  out.push({ path, context, before, after });
}

export function diffJson(before: Json, after: Json, options: DiffOptions = {}): JsonChange[] {
  const out: JsonChange[] = [];
  walk(before, after, [], [], options, out);
  return out;
}
