/**
 * The ratings a report contains, as 「code meaning」 strings for search filters (評価).
 * Uses the vocabulary module so the filter values read exactly like the badges.
 */
import type { ReportDocument } from './reports.ts';
import { achievementLabel, findRating, VOCABULARIES, type VocabularyId } from './ratings.ts';

function label(vocabulary: VocabularyId, code: string): string {
  const rating = findRating(vocabulary, code);
  return `${VOCABULARIES[vocabulary].name}: ${code} ${rating?.label ?? ''}`.trim();
}

export function reportRatings(report: ReportDocument): string[] {
  const found = new Set<string>();
  if (report.kind === 'managementIssue') {
    for (const strategy of report.doc.strategies) {
      found.add(label('strategyEffectiveness', strategy.selfEvaluation.effectiveness));
      found.add(label('strategyProgress', strategy.selfEvaluation.progress));
      for (const row of strategy.selfEvaluation.outcomes) found.add(label('outcomeStatus', row.overall));
      for (const initiative of strategy.initiatives) {
        const a = initiative.selfEvaluation.achievement;
        found.add(`${VOCABULARIES.achievement.name}: ${['①', '②', '③'][a.achievement - 1]} ${achievementLabel(a.achievement, 'final')}`);
        found.add(label('initiativeEffectiveness', initiative.selfEvaluation.effectiveness));
      }
    }
  } else {
    for (const project of report.doc.projects) for (const code of project.methods) found.add(label('improvementMethod', code));
  }
  return [...found].sort();
}
