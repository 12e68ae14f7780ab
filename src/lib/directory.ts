/**
 * The site's directory for the home page and the organisation pages: 自治体 → 組織 → 年度, in
 * natural order, with counts. Listings are grouped so their height depends on the number of
 * 自治体, not of reports: the home page of a 20,000-report archive stays a few phone screens tall.
 */
import type { Organization } from '../schemas/organization.ts';
import type { ContinuityChain } from './continuity/chains.ts';
import { compareNatural, sortNatural } from './natural-order.ts';
import type { OrgYear } from './reports.ts';

export interface DirectoryOrganization {
  organization: Organization;
  /** Newest first */
  fiscalYears: number[];
  reports: number;
}

export interface DirectoryMunicipality {
  municipality: string;
  organizations: DirectoryOrganization[];
  reports: number;
}

/** 自治体 (natural order) → their publishing 組織 (natural order), each with its years and number of reports. */
export function directoryOf(organizations: readonly Organization[], groups: readonly OrgYear[]): DirectoryMunicipality[] {
  const byOrg = new Map<string, OrgYear[]>();
  for (const g of groups) {
    const list = byOrg.get(g.organization) ?? [];
    list.push(g);
    byOrg.set(g.organization, list);
  }
  const municipalities = new Map<string, DirectoryOrganization[]>();
  for (const org of organizations) {
    const years = byOrg.get(org.id);
    if (!years) continue;
    const entry = { organization: org, fiscalYears: years.map((g) => g.fiscalYear).sort((a, b) => b - a), reports: years.reduce((n, g) => n + g.reports.length, 0) };
    const list = municipalities.get(org.municipality) ?? [];
    list.push(entry);
    municipalities.set(org.municipality, list);
  }
  return [...municipalities.entries()]
    .sort(([a], [b]) => compareNatural(a, b))
    .map(([municipality, orgs]) => ({
      municipality,
      organizations: sortNatural(orgs, (o) => o.organization.name),
      reports: orgs.reduce((n, o) => n + o.reports, 0),
    }));
}

export interface YearCount { fiscalYear: number; reports: number; organizations: number }

/** Every fiscal year of the site, newest first, with its number of reports and organisations. */
export function fiscalYearsOf(groups: readonly OrgYear[]): YearCount[] {
  const years = new Map<number, YearCount>();
  for (const g of groups) {
    const y = years.get(g.fiscalYear) ?? { fiscalYear: g.fiscalYear, reports: 0, organizations: 0 };
    y.reports += g.reports.length;
    y.organizations += 1;
    years.set(g.fiscalYear, y);
  }
  return [...years.values()].sort((a, b) => b.fiscalYear - a.fiscalYear);
}

/** An organisation's reports that continue over years (each has a page of its own), newest-ending first. */
export function organizationSeries(chains: readonly ContinuityChain[], organization: string): ContinuityChain[] {
  return chains
    .filter((c) => c.organization === organization)
    .sort((a, b) => b.members.at(-1)!.fiscalYear - a.members.at(-1)!.fiscalYear || compareNatural(a.members.at(-1)!.title, b.members.at(-1)!.title));
}
