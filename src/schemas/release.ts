import { z } from 'astro/zod';
import { jstDateTimeSchema } from './date-time.ts';

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
  publishAt: jstDateTimeSchema({ ja: '公開日時', en: 'publishAt' }).optional(),
};
