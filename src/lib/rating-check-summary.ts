/**
 * /checks/ in pages of a bounded size: counts per organisation and fiscal year, and the groups
 * (不一致 / 一致 / 判定できない) each page shows. A 20,000-report archive has about 15,000 checks;
 * one page of them all was 12.7 MB, so the full tables live on one page per organisation and year.
 */
import { LABELS } from './labels.ts';
import type { SiteRatingCheck, Verdict } from './rating-check.ts';

const L = LABELS.ratingCheck;

/** The verdict groups in reading order: disagreements first. */
export const CHECK_GROUPS: readonly { verdict: Verdict; heading: string }[] = [
  { verdict: 'disagree', heading: `計算結果と自己評価が一致しないもの（${L.verdict.disagree}）` },
  { verdict: 'agree', heading: `計算結果と自己評価が一致するもの（${L.verdict.agree}）` },
  { verdict: 'cannotJudge', heading: `判定できないもの（${L.verdict.cannotJudge}）` },
];

export type CheckCounts = Record<Verdict, number>;

export function checkCounts(checks: readonly Pick<SiteRatingCheck, 'verdict'>[]): CheckCounts {
  const counts: CheckCounts = { disagree: 0, agree: 0, cannotJudge: 0 };
  for (const c of checks) counts[c.verdict] += 1;
  return counts;
}

/** 「不一致 2件・一致 5件・判定できない 1件」 */
export function countsText(counts: CheckCounts): string {
  return CHECK_GROUPS.map((g) => `${L.verdict[g.verdict]} ${counts[g.verdict].toLocaleString('ja-JP')}件`).join('・');
}

/** The checks of each organisation, by fiscal year (newest first). */
export function checksByOrganization(checks: readonly SiteRatingCheck[]): Map<string, Map<number, SiteRatingCheck[]>> {
  const byOrg = new Map<string, Map<number, SiteRatingCheck[]>>();
  for (const c of checks) {
    const years = byOrg.get(c.organization) ?? new Map<number, SiteRatingCheck[]>();
    const list = years.get(c.fiscalYear) ?? [];
    list.push(c);
    years.set(c.fiscalYear, list);
    byOrg.set(c.organization, years);
  }
  for (const [org, years] of byOrg) byOrg.set(org, new Map([...years].sort(([a], [b]) => b - a)));
  return byOrg;
}
