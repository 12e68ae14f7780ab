import { z } from 'astro/zod';
import { urlIdSchema } from './url-segment.ts';
import { labelSchema } from './text.ts';

/** 組織 — one entry per publishing organisation (a 局・室 of a 自治体). */
export const organizationSchema = z.strictObject({
  /** URL に使う識別子 (ASCII), e.g. osaka-ict */
  id: urlIdSchema,
  /** 自治体名, e.g. 大阪市 */
  municipality: labelSchema,
  /** 部局名, e.g. ICT戦略室 */
  name: labelSchema,
  /** 略称 */
  shortName: labelSchema.optional(),
  /** 自治体のウェブサイト（原本の掲載先） */
  website: z.url({ protocol: /^https?$/, error: 'http(s) の URL を書いてください / must be an http(s) URL' }).optional(),
});

export const organizationsFileSchema = z.strictObject({
  /** 組織の一覧 */
  organizations: z.array(organizationSchema).min(1),
});

export type Organization = z.output<typeof organizationSchema>;
