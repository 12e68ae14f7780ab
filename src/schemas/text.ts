import { z } from 'astro/zod';

/**
 * A text field as staff write it: Markdown (rendered with raw HTML off).
 * Write 「〔判読不能〕」 where the source document cannot be read; it is shown marked, never guessed.
 */
export const markdownTextSchema = z.string().trim().min(1, { message: '空の文字列は使えません。記載がない場合は項目ごと省略してください / empty text' });

/** A one-line label (titles, names): no Markdown block structure. */
export const labelSchema = z
  .string()
  .trim()
  .min(1, { message: '空の文字列は使えません / empty text' })
  .refine((s) => !s.includes('\n'), { message: '1行で書いてください / must be a single line' });
