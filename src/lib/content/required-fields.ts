/**
 * The documents' own 必須 rules. The 運営方針 form prints, next to a 具体的取組's 課題 and 改善策
 * (at 中間振り返り and at 自己評価): 「※左記に「②」、「③」、「×」がある場合は必須」, and next to a
 * 戦略's 課題 and 今後の対応方向: 「※有効性が「イ」の場合は必須」. A report that leaves them empty
 * is reported as a warning, not an error: published documents do leave them empty (経営課題2's
 * 取組 2-1-2 has ③ and no separate 改善策), and Kohyo publishes what the document says.
 *
 * The 主要事務事業戦略シート prints no such rule, so its files are not checked here.
 * A field written as a lone dash (「－」, as the documents print an empty cell) counts as empty.
 */
import type { ManagementIssue } from '../../schemas/management-issue.ts';
import { achievementLabel, VOCABULARIES } from '../ratings.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedFile } from './read.ts';
import { locate } from './validate.ts';

type Path = (string | number)[];

const DASH_ONLY = /^[\s\-－—―‐−ー]*$/u;

/** Empty as the document means it: absent, or nothing but a dash. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || DASH_ONLY.test(text);
}

const CIRCLED = ['①', '②', '③'] as const;

interface Field {
  path: Path;
  ja: string;
  en: string;
  value: string | undefined;
}

/** The 業績目標の達成状況 and 有効性 of one stage that make 課題・改善策 required, in words. */
function initiativeReasons(stage: { achievement: { achievement: 1 | 2 | 3 }; effectiveness: string }, stageName: 'midterm' | 'final'): string[] {
  const reasons: string[] = [];
  const a = stage.achievement.achievement;
  if (a !== 1) reasons.push(`${VOCABULARIES.achievement.name}が「${CIRCLED[a - 1]}」（${achievementLabel(a, stageName)}）`);
  if (stage.effectiveness === '×') reasons.push(`${VOCABULARIES.initiativeEffectiveness.name}が「×」`);
  return reasons;
}

export function requiredFieldWarnings(issue: ManagementIssue, parsed: ParsedFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const warn = (field: Field, reasons: string[], rule: string, ruleEn: string): void => {
    if (!isBlank(field.value)) return;
    // An absent field is pointed at where it belongs: the mapping that should hold it.
    const { line, column } = locate(parsed, field.path);
    problems.push({
      severity: 'warning',
      file: parsed.file,
      line,
      column,
      field: field.path.join('.'),
      message: `${field.ja}が書かれていません。${reasons.join('、')}のため、文書の様式では必須です（${rule}）。文書に記載がないときはこのままで構いません / ${field.en} is empty but required by the form when ${ruleEn}`,
    });
  };

  issue.strategies.forEach((strategy, s) => {
    const evaluation = strategy.selfEvaluation;
    if (evaluation.effectiveness === 'イ') {
      const base: Path = ['strategies', s, 'selfEvaluation'];
      const reason = [`${VOCABULARIES.strategyEffectiveness.name}が「イ」`];
      const rule = '※有効性が「イ」の場合は必須';
      const ruleEn = 'effectiveness is イ';
      warn({ path: [...base, 'issues'], ja: '課題', en: 'issues', value: evaluation.issues }, reason, rule, ruleEn);
      warn({ path: [...base, 'nextSteps'], ja: '今後の対応方向', en: 'nextSteps', value: evaluation.nextSteps }, reason, rule, ruleEn);
    }
    strategy.initiatives.forEach((initiative, i) => {
      const base: Path = ['strategies', s, 'initiatives', i];
      const rule = '※左記に「②」、「③」、「×」がある場合は必須';
      const ruleEn = 'the rating is ②, ③ or ×';
      const midterm = initiativeReasons(initiative.midtermReview, 'midterm');
      if (midterm.length > 0) {
        warn({ path: [...base, 'midtermReview', 'issuesAndImprovements'], ja: '中間振り返りの課題と改善策', en: 'midtermReview.issuesAndImprovements', value: initiative.midtermReview.issuesAndImprovements }, midterm, rule, ruleEn);
      }
      const final = initiativeReasons(initiative.selfEvaluation, 'final');
      if (final.length > 0) {
        warn({ path: [...base, 'selfEvaluation', 'issues'], ja: '自己評価の課題', en: 'selfEvaluation.issues', value: initiative.selfEvaluation.issues }, final, rule, ruleEn);
        warn({ path: [...base, 'selfEvaluation', 'improvements'], ja: '自己評価の改善策', en: 'selfEvaluation.improvements', value: initiative.selfEvaluation.improvements }, final, rule, ruleEn);
      }
    });
  });
  return problems;
}
