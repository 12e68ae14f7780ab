/** What publishing would change: report.json data against report.json data, named as the page names it. */
import { describe, expect, it } from 'vitest';
import { describeChange, ATOMIC_KEYS } from '../../../src/lib/preview/describe-change.ts';
import { diffJson, type JsonObject } from '../../../src/lib/preview/json-diff.ts';
import { NO_BASE, publishingChanges, type BaseReports } from '../../../src/lib/preview/publishing-changes.ts';

const org = { id: 'osaka-ict', municipality: '大阪市', name: 'ICT戦略室' };
const issue = (over: Record<string, unknown> = {}): JsonObject =>
  JSON.parse(
    JSON.stringify({
      organization: org,
      fiscalYear: 2018,
      number: 2,
      title: '情報セキュリティ管理体制の実効性確保',
      changes: [],
      plan: { vision: '将来像', currentState: '現状', causeAnalysis: '要因', issues: '課題' },
      selfEvaluation: { summary: '総括' },
      indicators: [{ id: 'incidents', name: 'インシデント発生件数', unit: '件', points: [{ fiscalYear: 2016, value: 31 }, { fiscalYear: 2017, value: 22 }] }],
      strategies: [
        {
          number: '2-1',
          title: '戦略',
          selfEvaluation: { effectiveness: 'ア', outcomes: [{ description: '件数', previousYear: null, individual: 'A', overall: 'A' }], progress: 'a' },
          initiatives: [
            {
              number: '2-1-1',
              title: '取組',
              budget: [{ fiscalYear: 2018, kind: '予算', amount: null, unit: '百万円' }],
              midtermReview: { achievement: { achievement: 1, progress: 'i' }, effectiveness: '○' },
              selfEvaluation: { results: '実績', achievement: { achievement: 2, progress: 'ii' }, effectiveness: '○' },
            },
          ],
        },
      ],
      ...over,
    }),
  ) as JsonObject;

const describeAll = (before: JsonObject, after: JsonObject) => diffJson(before, after, { atomicKeys: ATOMIC_KEYS }).map((c) => describeChange(c, 'managementIssue'));

describe('report.json differences', () => {
  it('finds nothing between equal documents', () => {
    expect(diffJson(issue(), issue())).toEqual([]);
  });

  it('names a changed figure by its series and year, with units and データなし', () => {
    const after = issue();
    (after.indicators as JsonObject[])[0]!.points = [{ fiscalYear: 2016, value: 31 }, { fiscalYear: 2017, value: 23 }, { fiscalYear: 2018, value: null }];
    expect(describeAll(issue(), after)).toMatchObject([
      { section: '指標', anchor: 'shihyo', field: '「インシデント発生件数」 › 値 › 平成29年度（2017年度） › 値', kind: 'figure', before: '22件', after: '23件' },
      { section: '指標', field: '「インシデント発生件数」 › 値 › 平成30年度（2018年度）', kind: 'item', after: '平成30年度（2018年度）: データなし' },
    ]);
  });

  it('names ratings with their meaning, in the 戦略 or 取組 they belong to', () => {
    const after = issue();
    const strategy = (after.strategies as JsonObject[])[0]!;
    (strategy.selfEvaluation as JsonObject).progress = 'b';
    const initiative = (strategy.initiatives as JsonObject[])[0]!;
    (initiative.selfEvaluation as JsonObject).achievement = { achievement: 3, progress: null };
    (initiative.midtermReview as JsonObject).effectiveness = '×';
    (initiative.budget as JsonObject[])[0]!.amount = 13;
    expect(describeAll(issue(), after)).toMatchObject([
      { section: 'めざす成果及び戦略 2-1', anchor: 'senryaku-2-1', field: '自己評価 › 戦略の進捗状況', kind: 'rating', before: 'a 順調', after: 'b 順調でない' },
      { section: '具体的取組 2-1-1', field: '予算 › 平成30年度（2018年度） 予算額 › 金額', kind: 'figure', before: 'データなし', after: '13百万円' },
      { section: '具体的取組 2-1-1', field: '中間振り返り › 戦略に対する取組の有効性', kind: 'rating', before: '○ 有効', after: '× 有効でない' },
      { section: '具体的取組 2-1-1', field: '自己評価 › 業績目標の達成状況', kind: 'rating', anchor: 'torikumi-2-1-1', before: '②(ii) 目標未達成・取組を予定どおり実施しなかった', after: '③ 撤退基準未達成' },
    ]);
  });

  it('reports changed text and a new change note in their sections', () => {
    const after = issue({ changes: [{ date: '2019-05-20', note: '件数を訂正' }] });
    (after.selfEvaluation as JsonObject).summary = '新しい総括';
    expect(describeAll(issue(), after)).toMatchObject([
      { section: '更新履歴', field: '2019-05-20', kind: 'item', after: '2019-05-20: 件数を訂正', changeNote: true },
      { section: '自己評価', anchor: 'jiko-hyoka', field: '戦略の進捗状況を踏まえた経営課題全体としての評価結果の総括', kind: 'text', before: '総括', after: '新しい総括', changeNote: false,
        segments: [{ kind: 'added', text: '新しい' }, { kind: 'same', text: '総括' }] },
    ]);
  });

  it('matches list items by identity, not position', () => {
    const after = issue();
    (after.indicators as JsonObject[])[0]!.points = [{ fiscalYear: 2015, value: 11 }, { fiscalYear: 2016, value: 31 }, { fiscalYear: 2017, value: 22 }];
    expect(describeAll(issue(), after).map((c) => `${c.kind} ${c.field} ${c.before ?? '-'} → ${c.after ?? '-'}`)).toEqual(['item 「インシデント発生件数」 › 値 › 平成27年度（2015年度） - → 平成27年度（2015年度）: 11']);
  });
});

describe('publishing changes', () => {
  const production: BaseReports = {
    identity: { kind: 'url', label: 'https://example.jp/', count: 3, indexHash: 'f'.repeat(64), newest: '2019-05-01' },
    ids: ['osaka-ict/2018/keiei-kadai-1', 'osaka-ict/2018/keiei-kadai-2', 'osaka-ict/2018/keiei-kadai-5'],
    // keiei-kadai-5's report.json has the same hash on both sides: it is never read.
    same: new Set(['osaka-ict/2018/keiei-kadai-5']),
    data: new Map<string, JsonObject>([
      ['osaka-ict/2018/keiei-kadai-1', issue({ number: 1, title: '取り下げる経営課題' })],
      ['osaka-ict/2018/keiei-kadai-2', issue()],
    ]),
  };
  const changed = issue({ changes: [{ date: '2019-05-20', note: '訂正' }] });
  const result = publishingChanges(production, [
    { id: 'osaka-ict/2018/keiei-kadai-1', release: { status: 'draft' }, data: issue({ number: 1, title: '取り下げる経営課題' }), sha256: '1' },
    { id: 'osaka-ict/2018/keiei-kadai-2', release: { status: 'published' }, data: changed, sha256: '2' },
    { id: 'osaka-ict/2018/keiei-kadai-3', release: { status: 'embargoed', publishAt: '2019-06-01T00:00:00.000Z' }, data: issue({ number: 3, title: '公開前' }), sha256: '3' },
    { id: 'osaka-ict/2018/keiei-kadai-4', release: { status: 'published' }, data: issue({ number: 4, title: '新しい経営課題' }), sha256: '4' },
    { id: 'osaka-ict/2018/keiei-kadai-5', release: { status: 'published' }, data: issue({ number: 5, title: '同じ経営課題' }), sha256: '5' },
  ]);

  it('sorts every report into new, changed, disappearing, embargoed, draft or unchanged', () => {
    expect(result.added.map((r) => r.title)).toEqual(['経営課題4 新しい経営課題']);
    expect(result.changed.map((r) => [r.id, r.sections.map((s) => s.section)])).toEqual([['osaka-ict/2018/keiei-kadai-2', ['更新履歴']]]);
    expect(result.removed.map((r) => r.url)).toEqual(['/osaka-ict/2018/keiei-kadai-1/']);
    expect(result.embargoed).toEqual([expect.objectContaining({ id: 'osaka-ict/2018/keiei-kadai-3', publishAt: '2019-06-01T00:00:00.000Z', organization: '大阪市 ICT戦略室' })]);
    expect(result.drafts.map((r) => r.id)).toEqual(['osaka-ict/2018/keiei-kadai-1']);
    expect(result.unchanged).toBe(1);
  });

  it('treats everything as new when there is no base, and says so', () => {
    const none = publishingChanges(NO_BASE, [{ id: 'osaka-ict/2018/keiei-kadai-2', release: { status: 'published' }, data: issue(), sha256: 'a' }]);
    expect(none.base).toBeUndefined();
    expect(none.added).toHaveLength(1);
  });

  it('never lists a file with an error as disappearing: it is unpublishable, with the version the public site keeps', () => {
    const problem = { severity: 'error' as const, file: 'content/osaka-ict/2018/keiei-kadai-1.yaml', line: 3, column: 9, field: 'number', message: '型が違います' };
    const broken = publishingChanges(production, [], [{ file: problem.file, id: 'osaka-ict/2018/keiei-kadai-1', problems: [problem] }]);
    expect(broken.removed.map((r) => r.id)).toEqual(['osaka-ict/2018/keiei-kadai-2']);
    expect(broken.unpublishable).toEqual([expect.objectContaining({ id: 'osaka-ict/2018/keiei-kadai-1', published: expect.objectContaining({ title: '経営課題1 取り下げる経営課題' }) })]);
  });

  it('flags a content change without a new 更新履歴 note', () => {
    const silent = issue();
    (silent.selfEvaluation as JsonObject).summary = '言い換えた文章。';
    const flagged = publishingChanges(production, [{ id: 'osaka-ict/2018/keiei-kadai-2', release: { status: 'published' }, data: silent, sha256: 'b' }]);
    expect(flagged.changed.map((r) => r.noChangeNote)).toEqual([true]);
    expect(result.changed.map((r) => r.noChangeNote)).toEqual([false]);
  });
});
