/**
 * コスト換算 and 行政コストの合計額 cells of a 事務事業: their value, how a value was read, and
 * whether the printed total agrees with the printed parts. The total is always shown as printed;
 * when it differs from the sum of ヒト・モノ・カネ, the page says so (the sum is Kohyo's).
 */
import { ILLEGIBLE, type Cost, type Project } from '../schemas/strategy-sheet.ts';

/** The figure of a cell: a number, 〔判読不能〕, or null (記載なし). */
export function costValue(cost: Cost): number | typeof ILLEGIBLE | null {
  return cost !== null && typeof cost === 'object' ? cost.value : cost;
}

/** How the figure was read, when the content says so. */
export function costReading(cost: Cost): string | undefined {
  return cost !== null && typeof cost === 'object' ? cost.reading : undefined;
}

export interface CostSumMismatch {
  total: number;
  parts: number[];
  sum: number;
}

/**
 * The printed total and the printed parts when they disagree. Compared only when the total and
 * at least one part are figures and no part is unreadable; a blank part (記載なし) adds nothing.
 */
export function costSumMismatch(project: Pick<Project, 'resources' | 'totalCost'>): CostSumMismatch | undefined {
  const total = costValue(project.totalCost);
  const cells = [project.resources.people.cost, project.resources.things.cost, project.resources.money.cost].map(costValue);
  if (typeof total !== 'number' || cells.includes(ILLEGIBLE)) return undefined;
  const parts = cells.filter((c): c is number => typeof c === 'number');
  if (parts.length === 0) return undefined;
  // Figures are in 百万円 with up to two decimals in practice: compare after rounding away float noise.
  const sum = Math.round(parts.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  return sum === total ? undefined : { total, parts, sum };
}
