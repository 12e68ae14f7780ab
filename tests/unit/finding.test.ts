/**
 * Finding and understanding, as pure functions: natural order of names with numbers, the home
 * page's directory, the 組織 finder's matching and order, the marks of 業績目標の達成状況, the
 * legend's explanations, 前年度からの変化 and which feeds may be advertised.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { directoryOf, fiscalYearsOf } from '../../src/lib/directory.ts';
import { datedFeedUrls } from '../../src/lib/feed/advertised.ts';
import { GLOSSARY } from '../../src/lib/glossary.ts';
import { compareNatural } from '../../src/lib/natural-order.ts';
import { achievementTone, VOCABULARIES } from '../../src/lib/ratings.ts';
import { finderScore, rankFinderItems } from '../../src/lib/search/org-finder.ts';
import { compareFilterValues } from '../../src/lib/search/filters.ts';
import { summaryKey, summaryOf } from '../../src/lib/continuity/chains.ts';
import { yearDigest, yearOnYear } from '../../src/lib/continuity/year-on-year.ts';
import type { OrgYear, ReportDocument } from '../../src/lib/reports.ts';
import type { Organization } from '../../src/schemas/organization.ts';
import { fixtureReports } from '../helpers/fixture-reports.ts';

const org = (id: string, municipality: string, name: string): Organization => ({ id, municipality, name });
const group = (organization: string, fiscalYear: number, reports: number): OrgYear => ({
  organization,
  fiscalYear,
  reports: Array.from({ length: reports }, (_, i) => ({ url: `/${organization}/${fiscalYear}/keiei-kadai-${i + 1}/`, title: `経営課題${i + 1}`, documentType: 'managementPolicy' as const, organization, fiscalYear })),
});

describe('natural order', () => {
  it('counts numbers in names: 第1室, 第2室, …, 第11室', () => {
    const names = ['第11室', '第101室', '第2室', '第1室', '第106室'];
    expect([...names].sort(compareNatural)).toEqual(['第1室', '第2室', '第11室', '第101室', '第106室']);
    expect(['大阪市 第11室', '大阪市 第1室'].sort((a, b) => compareFilterValues('organization', a, b))).toEqual(['大阪市 第1室', '大阪市 第11室']);
  });
});

describe('the directory', () => {
  const orgs = [org('b11', '合成市イ', '第11室'), org('a2', '合成市ア', '第2室'), org('a1', '合成市ア', '第1室'), org('x', '合成市ア', '未公開室')];
  const groups = [group('b11', 2020, 2), group('a2', 2019, 1), group('a2', 2020, 3), group('a1', 2018, 1)];

  it('groups publishing organisations by 自治体, in natural order, with their years newest first and counts', () => {
    const directory = directoryOf(orgs, groups);
    expect(directory.map((m) => [m.municipality, m.reports, m.organizations.map((o) => [o.organization.name, o.fiscalYears, o.reports])])).toEqual([
      ['合成市ア', 5, [['第1室', [2018], 1], ['第2室', [2020, 2019], 4]]],
      ['合成市イ', 2, [['第11室', [2020], 2]]],
    ]);
  });

  it('counts each fiscal year newest first', () => {
    expect(fiscalYearsOf(groups)).toEqual([
      { fiscalYear: 2020, reports: 5, organizations: 2 },
      { fiscalYear: 2019, reports: 1, organizations: 1 },
      { fiscalYear: 2018, reports: 1, organizations: 1 },
    ]);
  });
});

describe('the 組織 finder', () => {
  it('matches by containment with NFKC and spaces folded, and scores exact over prefix over contains', () => {
    expect(finderScore('大阪市', '大阪市 ICT戦略室', 'ict')).toBe(1);
    expect(finderScore('大阪市', '大阪市 ICT戦略室', 'ＩＣＴ戦略室')).toBe(0);
    expect(finderScore('大阪市', '大阪市 ICT戦略室', '大阪市 ICT')).toBe(1);
    expect(finderScore('大阪市', '大阪市 ICT戦略室', '戦略')).toBe(2);
    expect(finderScore('大阪市', '大阪市 ICT戦略室', '総務')).toBeUndefined();
  });

  it('puts the best match first, then natural order', () => {
    const items = ['第11室', '第1室分室', '第1室', '第10室', '総務第1室'].map((name) => ({ municipality: '市', value: `市 ${name}` }));
    expect(rankFinderItems(items, '第1').map((r) => r.item.value)).toEqual(['市 第1室', '市 第1室分室', '市 第10室', '市 第11室', '市 総務第1室']);
    expect(rankFinderItems(items, '第1室').map((r) => r.item.value)).toEqual(['市 第1室', '市 第1室分室', '市 総務第1室']);
  });
});

describe('marks of 業績目標の達成状況', () => {
  it('gives ①(ii) a mark of its own, neither ①(i)’s nor ②’s', () => {
    expect(achievementTone({ achievement: 1, progress: 'i' })).toBe('good');
    expect(achievementTone({ achievement: 1, progress: 'ii' })).toBe('mixed');
    expect(achievementTone({ achievement: 2, progress: 'i' })).toBe('bad');
    expect(achievementTone({ achievement: 3, progress: null })).toBe('bad');
  });
});

describe('the legend’s explanations', () => {
  it('explain every code in words of their own, never repeating the label or the definition', () => {
    for (const vocab of Object.values(VOCABULARIES)) {
      for (const c of vocab.codes) {
        expect(c.explanation.length, `${vocab.id} ${c.code}`).toBeGreaterThan(c.definition.length + 10);
        expect(c.explanation).not.toBe(c.label);
        expect(c.explanation).not.toBe(c.definition);
      }
    }
  });

  it('explain the documents’ terms, 撤退基準, 中間アウトカム and 前の年度と比べられない区分 among them', () => {
    const terms = GLOSSARY.map((t) => t.term).join('／');
    for (const term of ['撤退基準', '中間アウトカム', 'アウトカム', '中間振り返り', '前の年度と比べられない区分']) expect(terms).toContain(term);
  });
});

describe('前年度からの変化', () => {
  let reports: ReportDocument[];
  beforeAll(async () => {
    reports = await fixtureReports();
  });
  const find = (fiscalYear: number, slug: string) => reports.find((r) => summaryKey(summaryOf(r)) === `test-city/${fiscalYear}/${slug}`)!;

  it('lists the ratings that moved since the previous year’s document, with their direction', () => {
    const diff = yearOnYear(yearDigest(find(2019, 'keiei-kadai-1')), find(2020, 'keiei-kadai-1'));
    expect(diff.previousYear).toBe(2019);
    expect(diff.compared).toBeGreaterThan(diff.moved.length);
    expect(diff.moved.map((m) => [m.item, m.rating, m.change])).toEqual([
      ['めざす成果及び戦略 1-1 試験戦略 インシデントの削減', 'アウトカムの達成状況（全体）', 'better'],
      ['具体的取組 1-1-1 試験取組 研修の充実', '業績目標の達成状況（自己評価）', 'worse'],
      ['具体的取組 1-1-1 試験取組 研修の充実', '戦略に対する取組の有効性（自己評価）', 'incomparable'],
    ]);
  });

  it('shows each document’s own latest figure where it changed, and computes nothing from them', () => {
    const diff = yearOnYear(yearDigest(find(2018, 'keiei-kadai-1')), find(2019, 'keiei-kadai-1'));
    for (const f of diff.figures) {
      expect(f.before.fiscalYear === f.after.fiscalYear ? f.before.value !== f.after.value : true).toBe(true);
      expect(Object.keys(f.after).sort()).toEqual(['decimals', 'fiscalYear', 'id', 'unit', 'value']);
    }
  });
});

describe('feeds pages may advertise', () => {
  it('are only those with a dated entry: none when no report has a date', () => {
    expect(datedFeedUrls([{ organization: 'a', changes: [] }, { organization: 'b', publishAt: undefined, changes: [] }])).toEqual([]);
    expect(datedFeedUrls([{ organization: 'a', changes: [] }, { organization: 'b', publishAt: '2019-06-01T09:00:00+09:00', changes: [] }])).toEqual(['/feed.xml', '/b/feed.xml']);
  });
});
