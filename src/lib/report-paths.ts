/**
 * Static paths of report pages, shared by the HTML page and its data downloads so both
 * always cover exactly the same released reports.
 */
import { findOrganization } from './organizations.ts';
import { getManagementIssues, getMeasures, getOrganizations, type ManagementIssueDoc, type MeasureDoc } from './content/entries.ts';
import type { Organization } from '../schemas/organization.ts';

export type ReportProps =
  | { kind: 'managementIssue'; doc: ManagementIssueDoc; org: Organization }
  | { kind: 'measure'; doc: MeasureDoc; org: Organization };

export async function reportStaticPaths() {
  const [organizations, issues, measures] = await Promise.all([getOrganizations(), getManagementIssues(), getMeasures()]);
  const slug = (id: string) => id.split('/').pop()!;
  return [
    ...issues.map((doc) => ({
      params: { org: doc.organization, year: String(doc.fiscalYear), report: slug(doc.id) },
      props: { kind: 'managementIssue' as const, doc, org: findOrganization(organizations, doc.organization) } satisfies ReportProps,
    })),
    ...measures.map((doc) => ({
      params: { org: doc.organization, year: String(doc.fiscalYear), report: slug(doc.id) },
      props: { kind: 'measure' as const, doc, org: findOrganization(organizations, doc.organization) } satisfies ReportProps,
    })),
  ];
}
