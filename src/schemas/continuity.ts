import { z } from 'astro/zod';
import { fiscalYearSchema } from './fiscal-year.ts';

/** A report's file name without extension: keiei-kadai-<番号> or shisaku-<施策コード>. */
export const REPORT_SLUG = /^(?:keiei-kadai-\d+|shisaku-\d+-\d+-\d+)$/;

/**
 * 前年度までの報告との継続 — which earlier report of the same organisation this one continues,
 * for a 経営課題 or 施策 that was renumbered or renamed. Reports with the same number (code) are
 * linked across years without it. The target must exist and be of the same kind.
 *
 * ```yaml
 * continues: { fiscalYear: 2018, report: keiei-kadai-2 }
 * ```
 */
export const continuesSchema = z.strictObject({
  /** 継続元の年度 */
  fiscalYear: fiscalYearSchema,
  /** 継続元の報告（ファイル名）, e.g. keiei-kadai-2, shisaku-4-1-2 */
  report: z.string().regex(REPORT_SLUG, { message: '報告は keiei-kadai-2 や shisaku-4-1-2 のようにファイル名（拡張子なし）で書いてください / expected a report file name such as keiei-kadai-2' }),
});

export type Continues = z.output<typeof continuesSchema>;
