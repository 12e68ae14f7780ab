/**
 * Change-note dates checked against time: a note dated after the build's "now" (KOHYO_NOW or the
 * clock, in Japan time) is not yet true and stays out of the public site — feeds, 最終更新日, 更新履歴,
 * report.json — until its date (src/lib/content/release.ts); a note dated before the report's
 * fiscal year began (1 April) cannot be about it. Both are warnings naming changes.N.date.
 */
import type { ChangeNote } from '../../schemas/change-note.ts';
import { jstCalendarDate } from '../jst.ts';
import type { ContentProblem } from './problems.ts';
import type { ParsedFile } from './read.ts';
import { locate } from './validate.ts';

/** The build's "now" as a JST calendar date (YYYY-MM-DD). */
export const buildDate = (now: Date) => jstCalendarDate(now.toISOString());

/** A note's date compared with today: later dates are not published yet. */
export const isFutureNote = (note: Pick<ChangeNote, 'date'>, today: string) => note.date > today;

export function changeNoteDateWarnings(data: { fiscalYear: number; changes?: readonly ChangeNote[] }, file: string, parsed: ParsedFile, now: Date): ContentProblem[] {
  const today = buildDate(now);
  const yearStart = `${data.fiscalYear}-04-01`;
  const problems: ContentProblem[] = [];
  (data.changes ?? []).forEach((note, index) => {
    const path = ['changes', index, 'date'];
    const at = { severity: 'warning' as const, file, ...locate(parsed, path), field: path.join('.') };
    if (isFutureNote(note, today)) {
      problems.push({ ...at, message: `更新日 ${note.date} はビルドの日付（${today}、日本時間）より後です。その日まで公開サイトの更新履歴・最終更新日・フィードには出ません / change date ${note.date} is after the build date ${today}: kept out of the public site until then` });
    } else if (note.date < yearStart) {
      problems.push({ ...at, message: `更新日 ${note.date} は報告書の年度（${data.fiscalYear}年度、${yearStart} から）より前です / change date ${note.date} is before the report's fiscal year (from ${yearStart})` });
    }
  });
  return problems;
}
