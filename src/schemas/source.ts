import { z } from 'astro/zod';
import { labelSchema } from './text.ts';

/**
 * 原本 — where the original document is published (the PDF or web page this report was
 * transcribed from), so a citation can name it.
 *
 * ```yaml
 * source: { title: 平成30年度 ICT戦略室 運営方針, url: https://www.city.example.lg.jp/…/unei-hoshin.pdf }
 * ```
 */
export const sourceSchema = z.strictObject({
  /** 原本の題名（PDF・ページの表題） */
  title: labelSchema,
  /** 原本の URL */
  url: z.url({ protocol: /^https?$/, error: 'http(s) の URL を書いてください / must be an http(s) URL' }),
});

export type Source = z.output<typeof sourceSchema>;
