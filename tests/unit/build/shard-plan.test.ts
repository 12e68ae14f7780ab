import { describe, expect, it } from 'vitest';
import { planContinuityShards, planShards, shardsForMachine, type Bucket } from '../../../src/lib/build/shard-plan.ts';

const bucket = (organization: string, fiscalYear: number, reports: number): Bucket => ({ organization, fiscalYear, reports });

describe('planShards', () => {
  it('makes one shard per fiscal year, newest first', () => {
    const plan = planShards([bucket('a', 2017, 4), bucket('b', 2018, 3), bucket('a', 2018, 2)], { capacity: 100 });
    expect(plan.map((s) => [s.id, s.reports, s.kind])).toEqual([['2018', 5, 'reports'], ['2017', 4, 'reports']]);
    expect(plan[0]!.buckets).toEqual([{ organization: 'a', fiscalYear: 2018 }, { organization: 'b', fiscalYear: 2018 }]);
  });

  it('splits a year above the capacity by whole organisations into parts of similar size', () => {
    const buckets = ['a', 'b', 'c', 'd', 'e', 'f'].map((org) => bucket(org, 2020, 40));
    const plan = planShards(buckets, { capacity: 100 });
    expect(plan.map((s) => s.id)).toEqual(['2020-1', '2020-2', '2020-3']);
    expect(plan.map((s) => s.reports)).toEqual([80, 80, 80]);
    expect(plan.every((s) => s.reports <= 100)).toBe(true);
  });

  it('leaves out years without released reports and keeps one shard for everything in single mode', () => {
    expect(planShards([bucket('a', 2016, 0), bucket('a', 2017, 2)], { capacity: 10 }).map((s) => s.id)).toEqual(['2017']);
    const single = planShards([bucket('a', 2016, 1), bucket('a', 2017, 2)], { capacity: 1, mode: 'single' });
    expect(single.map((s) => [s.id, s.reports])).toEqual([['all', 3]]);
  });

  it('depends on the content only: the same buckets in any order give the same plan', () => {
    const buckets = [bucket('x', 2019, 30), bucket('y', 2019, 50), bucket('x', 2018, 5), bucket('z', 2019, 60)];
    expect(planShards([...buckets].reverse(), { capacity: 70 })).toEqual(planShards(buckets, { capacity: 70 }));
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => planShards([], { capacity: 0 })).toThrow(/capacity/);
  });
});

describe('planContinuityShards', () => {
  it('groups organisations by the members of their continuing reports, up to the capacity', () => {
    const chains = [
      { organization: 'b', years: [2018, 2019] },
      { organization: 'a', years: [2017, 2018] },
      { organization: 'a', years: [2018, 2019, 2020] },
      { organization: 'c', years: [2019, 2020, 2021] },
    ];
    const plan = planContinuityShards(chains, 7);
    expect(plan.map((s) => [s.id, s.kind, s.reports])).toEqual([['continuity-a', 'continuity', 7], ['continuity-c', 'continuity', 3]]);
    expect(plan[0]!.buckets.map((b) => `${b.organization}/${b.fiscalYear}`)).toEqual(['a/2017', 'a/2018', 'a/2019', 'a/2020', 'b/2018', 'b/2019']);
  });

  it('keeps an organisation whole even when its members alone exceed the capacity', () => {
    const plan = planContinuityShards([{ organization: 'a', years: [2017, 2018, 2019] }, { organization: 'b', years: [2018, 2019] }], 2);
    expect(plan.map((s) => [s.id, s.reports])).toEqual([['continuity-a', 3], ['continuity-b', 2]]);
  });
});

describe('shardsForMachine', () => {
  it('deals the shards round-robin, so every shard is built by exactly one of N machines', () => {
    const shards = ['2020', '2019', '2018', '2017', '2016'];
    const machines = [1, 2, 3].map((k) => shardsForMachine(shards, k, 3));
    expect(machines).toEqual([['2020', '2017'], ['2019', '2016'], ['2018']]);
    expect(machines.flat().sort()).toEqual([...shards].sort());
  });

  it('rejects K outside 1..N', () => {
    expect(() => shardsForMachine(['a'], 4, 3)).toThrow(/K\/N/);
    expect(() => shardsForMachine(['a'], 0, 3)).toThrow(/K\/N/);
  });
});
