import { z } from 'astro/zod';
import { fiscalYearSchema } from './fiscal-year.ts';

/** Units that amounts of money are published in. */
export const MONEY_UNITS = ['円', '千円', '百万円'] as const;
export const moneyUnitSchema = z.enum(MONEY_UNITS, {
  error: `金額の単位は ${MONEY_UNITS.join('、')} のいずれかです / unit must be one of ${MONEY_UNITS.join(', ')}`,
});

/**
 * An amount of money with its unit. `amount: null` means the document leaves the cell blank
 * (printed as 「-」): it is shown as 「－」, never as 0.
 */
export const moneySchema = z.strictObject({
  /** 金額 (null = 記載なし) */
  amount: z.number().nonnegative().nullable(),
  /** 単位 */
  unit: moneyUnitSchema,
});

/** 予算・決算の1項目: 28決算額, 29予算額, 30予算額 … */
export const budgetLineSchema = z.strictObject({
  /** 年度 */
  fiscalYear: fiscalYearSchema,
  /** 決算額 or 予算額 */
  kind: z.enum(['決算', '予算'], { error: '「決算」か「予算」です / must be 決算 or 予算' }),
  /** 金額 (null = 記載なし) */
  amount: z.number().nonnegative().nullable(),
  /** 単位 */
  unit: moneyUnitSchema,
});

export type Money = z.output<typeof moneySchema>;
export type BudgetLine = z.output<typeof budgetLineSchema>;
