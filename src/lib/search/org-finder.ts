/**
 * The 組織 finder's matching and order, as pure functions (the search page's script applies them
 * to the list): a name matches when it contains the typed text (NFKC, case and spaces folded, so
 * 半角 and 全角 match); the best matches come first — the organisation's own name exactly, then
 * names starting with the text, then the rest — and within each, names in natural order.
 */
import { compareNatural } from '../natural-order.ts';

export const foldForFinder = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/** 0 = exact, 1 = starts with, 2 = contains; undefined = no match. */
export function finderScore(municipality: string, value: string, typed: string): number | undefined {
  const text = foldForFinder(typed);
  if (text === '') return 2;
  const whole = foldForFinder(value);
  const name = value.startsWith(`${municipality} `) ? foldForFinder(value.slice(municipality.length + 1)) : whole;
  if (name === text || whole === text) return 0;
  if (name.startsWith(text) || whole.startsWith(text)) return 1;
  return whole.includes(text) ? 2 : undefined;
}

export interface FinderItem { municipality: string; value: string }

/** The matching items, best first (ties in natural order), each with its score. */
export function rankFinderItems<T extends FinderItem>(items: readonly T[], typed: string): { item: T; score: number }[] {
  return items
    .flatMap((item) => {
      const score = finderScore(item.municipality, item.value, typed);
      return score === undefined ? [] : [{ item, score }];
    })
    .sort((a, b) => a.score - b.score || compareNatural(a.item.value, b.item.value));
}
