import type { Organization } from '../schemas/organization.ts';

/** 「大阪市 ICT戦略室」 */
export function organizationDisplayName(org: Pick<Organization, 'municipality' | 'name'>): string {
  return `${org.municipality} ${org.name}`;
}

export function findOrganization(orgs: readonly Organization[], id: string): Organization {
  const org = orgs.find((o) => o.id === id);
  // The content check guarantees every report names a known organisation.
  if (!org) throw new Error(`unknown organization: ${id}`);
  return org;
}
