/**
 * The printed label of each content field, by key, as the documents and the report page name
 * them. Used wherever a field is named to people: the preview's list of changes, and the place
 * of a content problem (「戦略 3-2 › 自己評価 › 戦略のアウトカムに対する有効性」).
 */
import { LABELS } from './labels.ts';

const { managementIssue: mi, strategy: st, initiative: ini, strategySheet: ss } = LABELS;

/** Printed labels of fields, by key (and, where a key means different things, by its parent). */
export const FIELD_LABELS: Record<string, string> = {
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
export function contextLabel(key: string, inInitiative: boolean, inStrategy: boolean): string | undefined {
  if (key === 'effectiveness') return inInitiative ? ini.effectiveness : st.effectiveness;
  if (key === 'progress') return inInitiative ? '取組の実施状況' : st.progress;
  if (key === 'issues') return inInitiative ? ini.issues : inStrategy ? st.effectivenessIssue : mi.issues;
  return undefined;
}

