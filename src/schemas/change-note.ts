import { z } from 'astro/zod';
import { isIsoCalendarDate } from '../lib/iso-date.ts';
import { markdownTextSchema } from './text.ts';

const ISO_DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 更新履歴の1件 — written by staff when they correct or update a report after it was published.
 * Shown on the report page (newest first), carried in report.json and the Atom feeds.
 */
export const changeNoteSchema = z.strictObject({
  /** 更新日 (YYYY-MM-DD, 日本時間の日付) */
  date: z
    .string({ error: '更新日は 2019-07-01 の形で書いてください / date must be written as YYYY-MM-DD' })
    .regex(ISO_DATE_FORM, { message: '更新日は 2019-07-01 の形で書いてください / date must be written as YYYY-MM-DD' })
    // Only a date in the right form can be checked against the calendar (one message per mistake).
    .refine((text) => !ISO_DATE_FORM.test(text) || isIsoCalendarDate(text), { message: '存在しない日付です / not a real calendar date' }),
  /** 何をなぜ変えたか。数値を訂正したときは訂正前と訂正後の値も書く */
  note: markdownTextSchema,
});

/** Spread into the report schemas (経営課題, 施策). */
export const changeNotesField = {
  /** 更新履歴（公開後の訂正・更新） */
  changes: z.array(changeNoteSchema).default([]),
};

export type ChangeNote = z.output<typeof changeNoteSchema>;
