/**
 * Names the place of a content problem the way the document does: the YAML path
 * `strategies.1.selfEvaluation.effectiveness` (counted from 0, which a reader takes for 戦略 3-1)
 * becomes 「戦略 3-2 › 自己評価 › 戦略のアウトカムに対する有効性」. Numbers come from the entry itself
 * (its `number`) when the file could be read; otherwise the position is said as 「2番目の戦略」.
 */
import { contextLabel, FIELD_LABELS } from '../field-labels.ts';
import { LABELS } from '../labels.ts';
import { formatFiscalYear } from '../wareki.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a list item is named: by its own number, name or year when the document gives one. */
function itemName(listKey: string, item: unknown, index: number): string {
  const own = isRecord(item) ? item : {};
  const nth = `${index + 1}番目の`;
  const number = typeof own.number === 'string' || typeof own.number === 'number' ? String(own.number) : undefined;
  switch (listKey) {
    case 'strategies': return number ? `戦略 ${number}` : `${nth}戦略`;
    case 'initiatives': return number ? `${LABELS.initiative.heading} ${number}` : `${nth}${LABELS.initiative.heading}`;
    case 'projects': return number ? `${LABELS.strategySheet.project} No.${number}` : `${nth}${LABELS.strategySheet.project}`;
    case 'indicators': return typeof own.name === 'string' ? `指標「${own.name}」` : typeof own.id === 'string' ? `指標「${own.id}」` : `${nth}指標`;
    case 'organizations': return typeof own.id === 'string' ? `組織「${own.id}」` : `${nth}組織`;
    case 'changes': return typeof own.date === 'string' ? `${LABELS.changeNotes.heading} ${own.date}` : `${nth}${LABELS.changeNotes.heading}`;
    default: {
      // Other lists are named by their field, then the item: 「予算 › 平成28年度（2016年度）」.
      const list = FIELD_LABELS[listKey] ?? listKey;
      if (typeof own.fiscalYear === 'number') return `${list} › ${formatFiscalYear(own.fiscalYear)}`;
      return `${list} › ${index + 1}番目`;
    }
  }
}

/**
 * The place in the document's terms, or undefined when the path says nothing more than the file
 * (no field). `data` is the file as read (before checking); without it, positions are used.
 */
export function placeName(field: string, data?: unknown): string | undefined {
  if (!field) return undefined;
  const steps = field.split('.');
  const parts: string[] = [];
  let node: unknown = data;
  let inInitiative = false;
  let inStrategy = false;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const next = steps[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      // A list and one of its items: one part, 「戦略 3-2」.
      const list = isRecord(node) ? node[step] : undefined;
      const index = Number(next);
      const item = Array.isArray(list) ? list[index] : undefined;
      parts.push(itemName(step, item, index));
      if (step === 'strategies') inStrategy = true;
      if (step === 'initiatives') inInitiative = true;
      node = item;
      i++;
      continue;
    }
    if (/^\d+$/.test(step)) {
      parts.push(`${Number(step) + 1}番目`);
      node = Array.isArray(node) ? node[Number(step)] : undefined;
      continue;
    }
    parts.push(contextLabel(step, inInitiative, inStrategy) ?? FIELD_LABELS[step] ?? step);
    node = isRecord(node) ? node[step] : undefined;
  }
  return parts.join(' › ');
}
