import { z } from 'astro/zod';
import { labelSchema } from './text.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'http(s) の URL を書いてください / must be an http(s) URL' });

/**
 * サイトの設定 (content/site.yaml) — who publishes this site and on what terms. Each city (or
 * whoever runs the site) writes its own: Kohyo itself is not an official body.
 */
export const siteSettingsSchema = z.strictObject({
  /** サイト名, e.g. 「〇〇市 評価資料アーカイブ」 */
  name: labelSchema,
  /** 発行者: the organisation that runs this site and answers for it */
  publisher: labelSchema,
  /**
   * 公開先のアドレス, e.g. https://www.city.example.lg.jp/hyoka/ (KOHYO_SITE_URL overrides it).
   * Without an address the site prints no absolute URL at all (citations give the path only).
   */
  address: httpUrl.optional(),
  /** 利用条件 (e.g. CC BY 4.0, 政府標準利用規約（第2.0版）) */
  licence: z.strictObject({
    /** 利用条件の名前 */
    name: labelSchema,
    /** 利用条件の本文の URL */
    url: httpUrl.optional(),
    /** 出典の書き方など、利用条件の補足 */
    note: labelSchema.optional(),
  }),
  /** 問い合わせ先 */
  contact: z
    .strictObject({
      /** 窓口の名前, e.g. 〇〇市 総務局 行政改革課 */
      name: labelSchema,
      /** 問い合わせページの URL */
      url: httpUrl.optional(),
      /** メールアドレス */
      email: z.email({ error: 'メールアドレスを書いてください / must be an e-mail address' }).optional(),
    })
    .optional(),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
