/**
 * Budgets and settlements of a continuing report by fiscal year, merged over all years'
 * documents: a 具体的取組's 予算 lines (28決算額, 29予算額, 30予算額 …) and a 事務事業's 歳出予算額
 * (that year's 予算) and 〈参考〉前年度決算額 (the year before's 決算). The same amount is often
 * printed by several documents; when they differ, the latest document's amount is shown and
 * the others are listed with the document that gave them.
 */
import type { BudgetLine, Money } from '../../schemas/budget.ts';
import { LABELS } from '../labels.ts';
import type { DatedReport } from './series.ts';

export const YEN_PER_UNIT: Record<Money['unit'], number> = { 円: 1, 千円: 1_000, 百万円: 1_000_000 };

export interface BudgetAmount {
  documentYear: number;
  amount: number | null;
  unit: Money['unit'];
}

export interface BudgetEntry {
  fiscalYear: number;
  kind: BudgetLine['kind'];
  /** The amount shown: the latest document's */
  shown: BudgetAmount;
  /** Other documents' amounts that differ from the one shown (blank vs figure counts as different) */
  differing: BudgetAmount[];
}

export interface BudgetItem {
  /** 「具体的取組 2-1-2 CSIRT機能の強化…」 or 「事務事業 No.1 …」 */
  item: string;
  entries: BudgetEntry[];
}

interface Observation { key: string; order: string; title: string; lines: BudgetLine[] }

const local = (number: string): string => number.split('-').slice(1).join('-');

function observations({ fiscalYear, report }: DatedReport): Observation[] {
  if (report.kind === 'managementIssue') {
    return report.doc.strategies.flatMap((s) =>
      s.initiatives.map((i) => ({ key: `i${local(i.number)}`, order: local(i.number), title: `${LABELS.initiative.heading} ${i.number} ${i.title}`, lines: i.budget })),
    );
  }
  return report.doc.projects.map((p) => {
    const lines: BudgetLine[] = [];
    const budget = p.resources.money.total;
    const settlement = p.previousSettlement?.total;
    if (settlement) lines.push({ fiscalYear: fiscalYear - 1, kind: '決算', amount: settlement.amount, unit: settlement.unit });
    if (budget) lines.push({ fiscalYear, kind: '予算', amount: budget.amount, unit: budget.unit });
    return { key: `p${p.number}`, order: String(p.number), title: `${LABELS.strategySheet.project} No.${p.number} ${p.name}`, lines };
  });
}

const inYen = (a: BudgetAmount): number | null => (a.amount === null ? null : a.amount * YEN_PER_UNIT[a.unit]);

export function budgetsOverYears(reports: readonly DatedReport[]): BudgetItem[] {
  const oldestFirst = [...reports].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const items = new Map<string, { order: string; title: string; amounts: Map<string, { fiscalYear: number; kind: BudgetLine['kind']; amounts: BudgetAmount[] }> }>();
  for (const dated of oldestFirst) {
    for (const o of observations(dated)) {
      const item = items.get(o.key) ?? { order: o.order, title: o.title, amounts: new Map() };
      item.title = o.title;
      for (const line of o.lines) {
        const key = `${line.fiscalYear}/${line.kind}`;
        const entry = item.amounts.get(key) ?? { fiscalYear: line.fiscalYear, kind: line.kind, amounts: [] };
        entry.amounts.push({ documentYear: dated.fiscalYear, amount: line.amount, unit: line.unit });
        item.amounts.set(key, entry);
      }
      items.set(o.key, item);
    }
  }
  return [...items.values()]
    .filter((item) => item.amounts.size > 0)
    .sort((a, b) => a.order.localeCompare(b.order, 'en', { numeric: true }))
    .map((item) => ({
      item: item.title,
      entries: [...item.amounts.values()]
        // 決算 before 予算 in one year: the order the documents print them in (28決算額, 29予算額).
        .sort((a, b) => a.fiscalYear - b.fiscalYear || (a.kind === b.kind ? 0 : a.kind === '決算' ? -1 : 1))
        .map(({ fiscalYear, kind, amounts }) => {
          const shown = amounts.at(-1)!;
          const differing = amounts.slice(0, -1).reverse().filter((a) => inYen(a) !== inYen(shown));
          return { fiscalYear, kind, shown, differing };
        }),
    }));
}

/**
 * The one unit an item's amounts are compared in: the smallest unit any of its documents prints
 * (円 when one document says 2,500,000円 and another 2百万円), so no figure loses digits.
 */
export function commonUnit(item: BudgetItem): Money['unit'] | undefined {
  const units = item.entries.flatMap((e) => [e.shown, ...e.differing]).filter((a) => a.amount !== null).map((a) => a.unit);
  return units.sort((a, b) => YEN_PER_UNIT[a] - YEN_PER_UNIT[b])[0];
}

/** An amount in the common unit: converted (by Kohyo) only when the document printed another unit. */
export function amountIn(amount: BudgetAmount, unit: Money['unit']): { value: number; unit: Money['unit']; converted: boolean } | undefined {
  if (amount.amount === null) return undefined;
  if (amount.unit === unit) return { value: amount.amount, unit, converted: false };
  return { value: Math.round((amount.amount * YEN_PER_UNIT[amount.unit]) / YEN_PER_UNIT[unit] * 1e6) / 1e6, unit, converted: true };
}
