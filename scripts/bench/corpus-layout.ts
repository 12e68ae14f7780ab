/**
 * Decides which reports the corpus contains and where they live: about 70% 経営課題 files and
 * 30% 施策 files, in groups of 3–6 per organisation and fiscal year (the size of a real 運営方針
 * or 戦略シート), spread over several organisations and at most ten fiscal years.
 */
import type { Random } from './prng.ts';

export const FIRST_FISCAL_YEAR = 2014;
const MAX_YEARS = 10;

export interface PlannedOrganization { id: string; municipality: string; name: string; kind: 'managementIssue' | 'measure' }
export interface PlannedReport { kind: 'managementIssue' | 'measure'; organization: string; fiscalYear: number; /** 経営課題番号 or 施策コード */ number: string }
export interface CorpusPlan { organizations: PlannedOrganization[]; reports: PlannedReport[]; sheets: { organization: string; fiscalYear: number; bureau: string }[] }

/** Splits `total` into groups of 3–6 (the last may be smaller). */
function groupSizes(random: Random, total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(left, random.int(3, 6));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function planKind(random: Random, kind: PlannedOrganization['kind'], total: number, plan: CorpusPlan): void {
  const groups = groupSizes(random, total);
  if (groups.length === 0) return;
  // Enough organisations that no one has more than ten years, and several even for small corpora.
  const orgCount = Math.max(2, Math.ceil(groups.length / MAX_YEARS), Math.ceil(Math.sqrt(groups.length)));
  const prefix = kind === 'managementIssue' ? 'bench-unei' : 'bench-sheet';
  const orgs = Array.from({ length: Math.min(orgCount, groups.length) }, (_, i): PlannedOrganization => ({
    id: `${prefix}-${String(i + 1).padStart(3, '0')}`,
    municipality: `合成市${String.fromCharCode(0x30a2 + 2 * (i % 5))}`,
    name: kind === 'managementIssue' ? `〔合成〕運営方針 第${i + 1}室` : `〔合成〕戦略シート 第${i + 1}局`,
    kind,
  }));
  plan.organizations.push(...orgs);
  groups.forEach((size, g) => {
    const org = orgs[g % orgs.length]!;
    const fiscalYear = FIRST_FISCAL_YEAR + Math.floor(g / orgs.length);
    if (kind === 'measure') plan.sheets.push({ organization: org.id, fiscalYear, bureau: org.name });
    for (let i = 1; i <= size; i++) {
      const number = kind === 'managementIssue' ? String(i) : `${i}-${random.int(1, 5)}-${random.int(1, 9)}`;
      plan.reports.push({ kind, organization: org.id, fiscalYear, number });
    }
  });
}

export function planCorpus(random: Random, count: number): CorpusPlan {
  const plan: CorpusPlan = { organizations: [], reports: [], sheets: [] };
  const issues = Math.round(count * 0.7);
  planKind(random, 'managementIssue', issues, plan);
  planKind(random, 'measure', count - issues, plan);
  return plan;
}
