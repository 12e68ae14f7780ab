/**
 * Names a report.json difference the way the page names it: the section it is in
 * (「めざす成果及び戦略 2-1」, 「具体的取組 2-1-1」, 「事務事業 No.1 …」), the field's printed label,
 * and both values written as the page writes them (units, 「データなし」, rating code with meaning).
 */
import { formatNumber } from '../format.ts';
import { LABELS } from '../labels.ts';
import { achievementLabel, findRating, type VocabularyId } from '../ratings.ts';
import { formatFiscalYear } from '../wareki.ts';
import type { Json, JsonChange, JsonObject, PathStep } from './json-diff.ts';

export type ChangeKind = 'figure' | 'rating' | 'text' | 'item';

export interface DescribedChange {
  section: string;
  /** The field as the page labels it, e.g. 「自己評価 › 戦略の進捗状況」 */
  field: string;
  kind: ChangeKind;
  /** Display text; undefined when the field or item is absent on that side */
  before?: string;
  after?: string;
}

/** Keys compared as one value: a structured rating, a list of method codes. */
export const ATOMIC_KEYS: ReadonlySet<string> = new Set(['achievement', 'methods']);

const { managementIssue: mi, strategy: st, initiative: ini, strategySheet: ss } = LABELS;

/** Printed labels of fields, by key (and, where a key means different things, by its parent). */
const FIELD_LABELS: Record<string, string> = {
  title: '名称', name: '名称', number: '番号', code: '施策コード', fiscalYear: '年度', organization: '組織',
  plan: mi.plan, vision: mi.vision, currentState: mi.currentState, causeAnalysis: mi.causeAnalysis,
  selfEvaluation: mi.selfEvaluation, summary: mi.summary,
  targetState: st.targetState, direction: st.direction, outcomeIndicator: st.outcomeIndicator,
  outcomes: st.outcomes, previousYear: st.previousYear, individual: st.individual, overall: st.overall, nextSteps: st.nextSteps,
  budget: ini.budget, activities: ini.activities, performanceTarget: ini.performanceTarget, withdrawalCriteria: ini.withdrawalCriteria,
  pastResults: ini.pastResults, midtermReview: ini.midtermReview, achievement: ini.achievement, achievementNote: `${ini.achievement}（説明）`,
  issuesAndImprovements: ini.issuesAndImprovements, results: ini.results, improvements: ini.improvements,
  isNew: ss.isNew, objective: ss.objective, mainContent: ss.mainContent, otherCities: ss.otherCities, resources: ss.resources,
  people: ss.people, things: ss.things, money: ss.money, totalCost: ss.totalCost, previousSettlement: ss.previousSettlement,
  analysis: ss.analysis, methods: ss.methods, division: ss.division,
  indicators: '指標', points: '値', categories: '比較の項目', targets: '目標', unit: '単位', decimals: '小数の桁数', kind: '種類',
  value: '値', note: '注記', label: '注記', amount: '金額', staff: '職員数', cost: 'コスト換算', total: '歳出予算額・決算額',
  generalFund: 'うち一般財源', mainItems: '主なもの', description: '記載内容', highlight: '強調', ranked: '順位の意味',
  changes: LABELS.changeNotes.heading, municipality: '自治体名', website: 'ウェブサイト', shortName: '略称', bureau: '局名', director: ss.director,
  mission: ss.mission, approach: ss.approach,
};

/** Labels of keys that mean different things in a 戦略 and in a 具体的取組. */
function contextLabel(key: string, inInitiative: boolean, inStrategy: boolean): string | undefined {
  if (key === 'effectiveness') return inInitiative ? ini.effectiveness : st.effectiveness;
  if (key === 'progress') return inInitiative ? '取組の実施状況' : st.progress;
  if (key === 'issues') return inInitiative ? ini.issues : inStrategy ? st.effectivenessIssue : mi.issues;
  return undefined;
}

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
    return `${'①②③'[level - 1]}${progress ? `(${progress})` : ''} ${achievementLabel(level, stage)}`;
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
function sectionOf(path: readonly PathStep[], reportKind: 'managementIssue' | 'measure'): { section: string; rest: PathStep[] } {
  let section: string = reportKind === 'managementIssue' ? LABELS.managementIssue.heading : LABELS.strategySheet.measure;
  let start = 0;
  path.forEach((step, index) => {
    const previous = path[index - 1];
    if (!('item' in step) || !previous || !('key' in previous)) return;
    const item = step.item as JsonObject;
    if (previous.key === 'strategies') section = `${st.heading} ${String(item.number)}`;
    else if (previous.key === 'initiatives') section = `${ini.heading} ${String(item.number)}`;
    else if (previous.key === 'projects') section = `${ss.project} No.${String(item.number)} ${String(item.name ?? '')}`.trim();
    else return;
    start = index + 1;
  });
  const first = path[0];
  if (start === 0 && first && 'key' in first) {
    if (first.key === 'plan') section = mi.plan;
    else if (first.key === 'selfEvaluation') section = mi.selfEvaluation;
    else if (first.key === 'indicators') section = '指標';
    else if (first.key === 'changes') section = LABELS.changeNotes.heading;
    else if (first.key === 'organization') section = '組織';
  }
  return { section, rest: path.slice(start) };
}

export function describeChange(change: JsonChange, reportKind: 'managementIssue' | 'measure'): DescribedChange {
  const { section, rest } = sectionOf(change.path, reportKind);
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
    return { section, field, kind: 'rating', before: ratingText(vocabulary, change.before, change.path), after: ratingText(vocabulary, change.after, change.path) };
  }
  const isItem = lastStep !== undefined && 'item' in lastStep;
  const numeric = [change.before, change.after].some((v) => typeof v === 'number') && [change.before, change.after].every((v) => v === undefined || v === null || typeof v === 'number');
  const kind: ChangeKind = isItem || (typeof change.before === 'object' && change.before !== null) || (typeof change.after === 'object' && change.after !== null) ? 'item' : numeric ? 'figure' : 'text';
  const text = (v: Json | undefined) => (kind === 'item' && v !== undefined && v !== null ? itemText(v) : plainText(v, key, change.context, change.path));
  return { section, field, kind, before: text(change.before), after: text(change.after) };
}

/** Section names in the order changes were found (which is the page's order). */
export function groupBySection(changes: readonly DescribedChange[]): { section: string; changes: DescribedChange[] }[] {
  const groups = new Map<string, DescribedChange[]>();
  for (const change of changes) groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  return [...groups].map(([section, list]) => ({ section, changes: list }));
}
