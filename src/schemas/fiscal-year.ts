import { z } from 'astro/zod';
import { MIN_FISCAL_YEAR, parseFiscalYearLabel } from '../lib/wareki.ts';

/**
 * 年度 — stored as the Western year the fiscal year starts in (2018 = 平成30年度).
 * Staff may write it as the document does: 2018, "平成30年度", "2018年度", "令和元年度",
 * or a pre-era-change name such as "平成32年度" (= 2020).
 */
export const fiscalYearSchema = z
  .union([z.number(), z.string()])
  .transform((input, ctx) => {
    const year = typeof input === 'number' ? input : parseFiscalYearLabel(input);
    if (year === undefined || !Number.isInteger(year) || year < MIN_FISCAL_YEAR || year > 2200) {
      ctx.addIssue({
        code: 'custom',
        message: `年度として読めません（例: 2018、「平成30年度」、「令和元年度」） / not a fiscal year: ${JSON.stringify(input)}`,
      });
      return z.NEVER;
    }
    return year;
  });

export type FiscalYear = z.output<typeof fiscalYearSchema>;
