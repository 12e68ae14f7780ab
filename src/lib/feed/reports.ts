/** The reports of the (release-filtered) collections as the feeds describe them. */
import type { ManagementIssueDoc, MeasureDoc } from '../content/entries.ts';
import { LABELS } from '../labels.ts';
import { findOrganization, organizationDisplayName } from '../organizations.ts';
import { managementIssueTitle, measureTitle } from '../reports.ts';
import { managementIssueUrl, measureUrl } from '../urls.ts';
import { formatFiscalYear } from '../wareki.ts';
import type { Organization } from '../../schemas/organization.ts';
import type { FeedReport } from './items.ts';

export interface FeedSource extends FeedReport {
  organization: string;
}

type IssueFields = Pick<ManagementIssueDoc, 'organization' | 'fiscalYear' | 'number' | 'title' | 'publishAt' | 'changes'>;
type MeasureFields = Pick<MeasureDoc, 'organization' | 'fiscalYear' | 'code' | 'name' | 'publishAt' | 'changes'>;

export function feedReports(organizations: readonly Organization[], issues: readonly IssueFields[], measures: readonly MeasureFields[]): FeedSource[] {
  const common = (doc: IssueFields | MeasureFields, documentType: 'managementPolicy' | 'strategySheet') => ({
    organization: doc.organization,
    organizationName: organizationDisplayName(findOrganization(organizations, doc.organization)),
    context: `${LABELS.documentType[documentType]}・${formatFiscalYear(doc.fiscalYear)}`,
    publishAt: doc.publishAt,
    changes: doc.changes,
  });
  return [
    ...issues.map((doc) => ({ ...common(doc, 'managementPolicy'), url: managementIssueUrl(doc.organization, doc.fiscalYear, doc.number), title: managementIssueTitle(doc) })),
    ...measures.map((doc) => ({ ...common(doc, 'strategySheet'), url: measureUrl(doc.organization, doc.fiscalYear, doc.code), title: measureTitle(doc) })),
  ];
}
