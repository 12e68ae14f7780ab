/**
 * The published data of a report (its report.json): every field of the normalised content with
 * its organisation, without staff bookkeeping (release state, source path, draft, publishAt).
 * One function, so the file and the preview's "what publishing would change" compare like with like.
 */
import type { ReportProps } from './report-props.ts';

export function reportJsonData({ doc, org }: Pick<ReportProps, 'doc' | 'org'>): Record<string, unknown> {
  const { release: _release, sourceFile: _sourceFile, warnings: _warnings, id: _id, draft: _draft, publishAt: _publishAt, ...data } = doc;
  return { ...data, organization: org };
}

export function reportJsonText(props: Pick<ReportProps, 'doc' | 'org'>): string {
  return `${JSON.stringify(reportJsonData(props), null, 2)}\n`;
}
