/**
 * Names as people count them: 第1室, 第2室, …, 第11室 (not 第1室, 第11室, 第2室). One collator for
 * every listing and the search page's organisation finder, so the same names sort the same way.
 */
const collator = new Intl.Collator('ja', { numeric: true, sensitivity: 'base' });

export const compareNatural = (a: string, b: string): number => collator.compare(a, b);

export function sortNatural<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNatural(key(a), key(b)));
}
