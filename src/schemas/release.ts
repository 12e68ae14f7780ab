import { z } from 'astro/zod';
import { withJstZone } from '../lib/jst.ts';

/**
 * 公開管理 — shared by every report file. Drafts and embargoed files are shown in staff
 * preview (`npm run dev`) and left out of every production output.
 */
export const releaseFields = {
  /** 下書き: true のあいだは本番サイトに出ない */
  draft: z.boolean().default(false),
  /**
   * 公開日時 (ISO 8601). A time without zone is read as JST (+09:00).
   * Until then the file is embargoed: previewed, never published.
   */
  publishAt: z
    .union([z.string(), z.date()])
    .transform((input, ctx) => {
      const text = input instanceof Date ? input.toISOString() : input.trim();
      const date = new Date(withJstZone(text));
      if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', message: `公開日時は ISO 8601 形式で書いてください（例: 2019-06-01T09:00+09:00） / not a date-time: ${JSON.stringify(input)}` });
        return z.NEVER;
      }
      return date.toISOString();
    })
    .optional(),
};
