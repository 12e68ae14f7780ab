/**
 * Which schema validates which content file. The file name decides the document kind,
 * so staff never write a `type:` field and the URL follows the file name.
 */
import type { z } from 'astro/zod';
import { managementIssueSchema } from './management-issue.ts';
import { organizationsFileSchema } from './organization.ts';
import { measureSchema, strategySheetSchema } from './strategy-sheet.ts';
import { siteSettingsSchema } from './site.ts';

export const CONTENT_KINDS = {
  organizations: { pattern: /^organizations\.ya?ml$/, schema: organizationsFileSchema, description: 'content/organizations.yaml' },
  site: { pattern: /^site\.ya?ml$/, schema: siteSettingsSchema, description: 'content/site.yaml' },
  managementIssue: { pattern: /^[a-z0-9-]+\/\d{4}\/keiei-kadai-\d+\.ya?ml$/, schema: managementIssueSchema, description: '<組織>/<年度>/keiei-kadai-<番号>.yaml' },
  strategySheet: { pattern: /^[a-z0-9-]+\/\d{4}\/sheet\.ya?ml$/, schema: strategySheetSchema, description: '<組織>/<年度>/sheet.yaml' },
  measure: { pattern: /^[a-z0-9-]+\/\d{4}\/shisaku-\d+-\d+-\d+\.ya?ml$/, schema: measureSchema, description: '<組織>/<年度>/shisaku-<施策コード>.yaml' },
} as const satisfies Record<string, { pattern: RegExp; schema: z.ZodType; description: string }>;

export type ContentKind = keyof typeof CONTENT_KINDS;

/** The kind of a content file from its path relative to the content folder (forward slashes). */
export function contentKindOf(relativePath: string): ContentKind | undefined {
  for (const [kind, def] of Object.entries(CONTENT_KINDS)) {
    if (def.pattern.test(relativePath)) return kind as ContentKind;
  }
  return undefined;
}

export { managementIssueSchema, measureSchema, organizationsFileSchema, siteSettingsSchema, strategySheetSchema };

/** Kinds of content files that are not reports (site-wide settings and lists). */
export type ReportKind = Exclude<ContentKind, 'organizations' | 'site'>;
