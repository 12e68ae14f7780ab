/**
 * Names a report.json difference the way the page names it: the section it is in
 * (「めざす成果及び戦略 2-1」, 「具体的取組 2-1-1」, 「事務事業 No.1 …」), the field's printed label,
 * and both values written as the page writes them (units, 「データなし」, rating code with meaning).
 */
import { formatNumber } from '../format.ts';
import { contextLabel, FIELD_LABELS } from '../field-labels.ts';
import { LABELS } from '../labels.ts';
import { achievementLabel, achievementProgressLabel, findRating, type VocabularyId } from '../ratings.ts';
import { anchors } from '../urls.ts';
import { formatFiscalYear } from '../wareki.ts';
import type { Json, JsonChange, JsonObject, PathStep } from './json-diff.ts';
import { textDiff, type TextSegment } from './text-diff.ts';

export type ChangeKind = 'figure' | 'rating' | 'text' | 'item';

export interface DescribedChange {
  section: string;
  /** The field as the page labels it, e.g. 「自己評価 › 戦略の進捗状況」 */
  field: string;
  kind: ChangeKind;
  /** Display text; undefined when the field or item is absent on that side */
  before?: string;
  after?: string;
  /** The section's anchor on the report page (torikumi-2-1-1), when it has one */
  anchor?: string;
  /** A 更新履歴 note added or removed (not a change of the report's content) */
  changeNote: boolean;
  /** Changed text: the new wording with added and removed words marked */
  segments?: TextSegment[];
}

export interface ChangeSection {
  section: string;
  anchor?: string;
  changes: DescribedChange[];
}

/** Keys compared as one value: a structured rating, a list of method codes. */
export const ATOMIC_KEYS: ReadonlySet<string> = new Set(['achievement', 'methods']);

const { managementIssue: mi, strategy: st, initiative: ini, strategySheet: ss } = LABELS;

/** Keys whose value is a rating, and which vocabulary (the parent key decides where needed). */
function ratingVocabulary(key: string, path: readonly PathStep[]): VocabularyId | 'achievement' | undefined {
  const keys = path.flatMap((s) => ('key' in s ? [s.key] : []));
  const inInitiative = keys.includes('initiatives');
  if (key === 'achievement') return 'achievement';
  if (key === 'methods') return 'improvementMethod';
  if (key === 'effectiveness') return inInitiative ? 'initiativeEffectiveness' : 'strategyEffectiveness';
  if (key === 'progress' && !inInitiative) return 'strategyProgress';
  if (['previousYear', 'individual', 'overall'].includes(key)) return 'outcomeStatus';
  return undefined;
}

function ratingText(vocabulary: VocabularyId | 'achievement', value: Json | undefined, path: readonly PathStep[]): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return LABELS.dash;
  if (vocabulary === 'achievement' && typeof value === 'object' && !Array.isArray(value)) {
    const level = value.achievement as 1 | 2 | 3;
    const progress = value.progress as 'i' | 'ii' | null;
    const stage = path.some((s) => 'key' in s && s.key === 'midtermReview') ? 'midterm' : 'final';
    // The same words as the report page's badge: 「①(ii) 目標達成・取組を予定どおり実施しなかった」.
    const meaning = [achievementLabel(level, stage), progress ? achievementProgressLabel(progress, stage) : undefined].filter(Boolean).join('・');
    return `${'①②③'[level - 1]}${progress ? `(${progress})` : ''} ${meaning}`;
  }
  const codes = Array.isArray(value) ? value : [value];
  return codes.map((code) => {
    const rating = findRating(vocabulary as VocabularyId, String(code));
    return rating ? `${rating.code} ${rating.label}` : String(code);
  }).join('、') || LABELS.dash;
}

/** The unit of a figure: its own object's, or the series', or 百万円 for コスト換算. */
function unitOf(key: string, context: readonly JsonObject[], path: readonly PathStep[]): string {
  const holder = [...context].reverse().find((o) => typeof o.unit === 'string');
  if (key === 'cost' || key === 'totalCost') return '百万円';
  if (key === 'staff') return '人';
  if (key === 'decimals') return '';
  if (holder) return String(holder.unit);
  const step = [...path].reverse().find((s): s is { item: JsonObject; identity: string } => 'item' in s && typeof s.item === 'object' && s.item !== null && !Array.isArray(s.item) && typeof s.item.unit === 'string');
  return step ? String(step.item.unit) : '';
}

function plainText(value: Json | undefined, key: string, context: readonly JsonObject[], path: readonly PathStep[]): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return LABELS.noData;
  if (typeof value === 'number') return `${formatNumber(value)}${unitOf(key, context, path)}`;
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'string') return value;
  return itemText(value);
}

/** A whole added or removed item, in one line: 「平成30年度: 19件」, 「2019-07-01: …」, or its name. */
function itemText(value: Json): string {
  if (Array.isArray(value)) return value.map(itemText).join('、');
  if (typeof value !== 'object' || value === null) return String(value);
  const o = value;
  if (typeof o.fiscalYear === 'number' && 'value' in o) return `${formatFiscalYear(o.fiscalYear)}: ${o.value === null ? LABELS.noData : formatNumber(o.value as number)}`;
  if (typeof o.fiscalYear === 'number' && 'amount' in o) return `${formatFiscalYear(o.fiscalYear)} ${String(o.kind ?? '')}額: ${o.amount === null ? LABELS.dash : `${formatNumber(o.amount as number)}${String(o.unit ?? '')}`}`;
  if (typeof o.date === 'string' && typeof o.note === 'string') return `${o.date}: ${o.note}`;
  const name = o.title ?? o.name ?? o.label ?? o.description;
  const number = o.number ?? o.code ?? o.id;
  return [number, name].filter((v) => v !== undefined && v !== null).map(String).join(' ') || JSON.stringify(o);
}

/** How a list item is named inside a field label: 「平成29年度」, 「指標「インシデント件数」」, 「No.2」 … */
function itemLabel(step: { item: Json; identity: string }, listKey: string | undefined): string {
  const item = step.item;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return String(item);
  if (listKey === 'indicators') return `「${String(item.name ?? item.id)}」`;
  if (listKey === 'points' || listKey === 'targets') return typeof item.fiscalYear === 'number' ? formatFiscalYear(item.fiscalYear) : step.identity;
  if (listKey === 'budget') return `${typeof item.fiscalYear === 'number' ? formatFiscalYear(item.fiscalYear) : ''} ${String(item.kind ?? '')}額`.trim();
  if (listKey === 'changes') return String(item.date ?? '');
  return String(item.label ?? item.name ?? item.description ?? item.number ?? step.identity);
}

/** The section a path belongs to, and the path's steps inside that section. */
function sectionOf(path: readonly PathStep[], reportKind: 'managementIssue' | 'measure'): { section: string; anchor?: string; rest: PathStep[] } {
  let section: string = reportKind === 'managementIssue' ? LABELS.managementIssue.heading : LABELS.strategySheet.measure;
  let anchor: string | undefined;
  let start = 0;
  path.forEach((step, index) => {
    const previous = path[index - 1];
    if (!('item' in step) || !previous || !('key' in previous)) return;
    const item = step.item as JsonObject;
    if (previous.key === 'strategies') [section, anchor] = [`${st.heading} ${String(item.number)}`, anchors.strategy(String(item.number))];
    else if (previous.key === 'initiatives') [section, anchor] = [`${ini.heading} ${String(item.number)}`, anchors.initiative(String(item.number))];
    else if (previous.key === 'projects') [section, anchor] = [`${ss.project} No.${String(item.number)} ${String(item.name ?? '')}`.trim(), anchors.project(Number(item.number))];
    else return;
    start = index + 1;
  });
  const first = path[0];
  if (start === 0 && first && 'key' in first) {
    if (first.key === 'plan') [section, anchor] = [mi.plan, anchors.plan];
    else if (first.key === 'selfEvaluation') [section, anchor] = [mi.selfEvaluation, anchors.selfEvaluation];
    else if (first.key === 'indicators') [section, anchor] = ['指標', anchors.indicators];
    else if (first.key === 'changes') [section, anchor] = [LABELS.changeNotes.heading, anchors.changeNotes];
    else if (first.key === 'organization') section = '組織';
  }
  return { section, ...(anchor ? { anchor } : {}), rest: path.slice(start) };
}

export function describeChange(change: JsonChange, reportKind: 'managementIssue' | 'measure'): DescribedChange {
  const { section, anchor, rest } = sectionOf(change.path, reportKind);
  const first = change.path[0];
  const where = { section, ...(anchor ? { anchor } : {}), changeNote: first !== undefined && 'key' in first && first.key === 'changes' };
  const labels: string[] = [];
  let listKey: string | undefined;
  const inInitiative = change.path.some((s) => 'key' in s && s.key === 'initiatives');
  const inStrategy = change.path.some((s) => 'key' in s && s.key === 'strategies');
  for (const step of rest) {
    if ('key' in step) {
      listKey = step.key;
      labels.push(contextLabel(step.key, inInitiative, inStrategy) ?? FIELD_LABELS[step.key] ?? step.key);
    } else {
      labels.push(itemLabel(step, listKey));
    }
  }
  // The section already says where: 「指標 › …」 under 指標 would say it twice.
  if (labels[0] === section) labels.shift();
  const lastStep = change.path.at(-1);
  const key = lastStep && 'key' in lastStep ? lastStep.key : '';
  const vocabulary = ratingVocabulary(key, change.path);
  const field = labels.join(' › ') || section;
  if (vocabulary) {
    return { ...where, field, kind: 'rating', before: ratingText(vocabulary, change.before, change.path), after: ratingText(vocabulary, change.after, change.path) };
  }
  const isItem = lastStep !== undefined && 'item' in lastStep;
  const numeric = [change.before, change.after].some((v) => typeof v === 'number') && [change.before, change.after].every((v) => v === undefined || v === null || typeof v === 'number');
  const kind: ChangeKind = isItem || (typeof change.before === 'object' && change.before !== null) || (typeof change.after === 'object' && change.after !== null) ? 'item' : numeric ? 'figure' : 'text';
  const text = (v: Json | undefined) => (kind === 'item' && v !== undefined && v !== null ? itemText(v) : plainText(v, key, change.context, change.path));
  const before = text(change.before);
  const after = text(change.after);
  const segments = kind === 'text' && typeof change.before === 'string' && typeof change.after === 'string' ? { segments: textDiff(change.before, change.after) } : {};
  return { ...where, field, kind, before, after, ...segments };
}

/** Section names in the order changes were found (which is the page's order). */
export function groupBySection(changes: readonly DescribedChange[]): ChangeSection[] {
  const groups = new Map<string, DescribedChange[]>();
  for (const change of changes) groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  return [...groups].map(([section, list]) => ({ section, ...(list[0]!.anchor ? { anchor: list[0]!.anchor } : {}), changes: list }));
}
