/**
 * Change notes of a published report, as the page, report.json and the feeds show them:
 * newest first (notes of the same day keep the order staff wrote them in).
 */
import type { ChangeNote } from '../schemas/change-note.ts';

export function newestFirst(notes: readonly ChangeNote[]): ChangeNote[] {
  return notes.map((note, index) => ({ note, index })).sort((a, b) => b.note.date.localeCompare(a.note.date) || a.index - b.index).map(({ note }) => note);
}

/** The date of the newest change note, or undefined when the report has none. */
export function lastUpdated(notes: readonly ChangeNote[]): string | undefined {
  return newestFirst(notes)[0]?.date;
}
