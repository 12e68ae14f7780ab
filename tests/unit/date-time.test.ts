/**
 * Date-times that do not exist on the calendar are refused (JavaScript's Date would roll them
 * into another day), in every date field of the content and in KOHYO_NOW; real edge cases pass.
 */
import { describe, expect, it } from 'vitest';
import { buildNow } from '../../src/lib/content/release.ts';
import { daysInMonth, parseJstDateTime } from '../../src/lib/jst.ts';
import { releaseFields } from '../../src/schemas/release.ts';
import { managementIssueSchema, measureSchema, strategySheetSchema } from '../../src/schemas/index.ts';
import { fiscalYearSchema } from '../../src/schemas/fiscal-year.ts';

const publishAt = releaseFields.publishAt;

const iso = (text: string) => {
  const result = parseJstDateTime(text);
  return result.ok ? result.date.toISOString() : `error: ${result.problem.ja}`;
};

describe('parseJstDateTime', () => {
  it.each([
    ['2019-02-30', '2019年2月30日はカレンダーにありません（2019年2月は28日まで）'],
    ['2019-02-29T09:00', '2019年2月29日はカレンダーにありません（2019年2月は28日まで）'],
    ['2019-04-31T09:00', '2019年4月31日はカレンダーにありません（2019年4月は30日まで）'],
    ['2100-02-29', '2100年2月29日はカレンダーにありません'],
    ['2019-13-01', '13月という月はありません'],
    ['2019-00-10', '0月という月はありません'],
    ['2019-06-00T09:00', '2019年6月0日はカレンダーにありません'],
    ['2019-06-01T25:00', '25時という時刻はありません'],
    ['2019-06-01T24:00', '24時という時刻はありません'],
    ['2019-06-01T09:60', '60分という時刻はありません'],
    ['2019-06-01T09:00:61', '61秒という時刻はありません'],
    ['2019-06-01T09:00+25:00', '時差「+25:00」はありません'],
  ])('refuses %s: %s', (text, message) => {
    const result = parseJstDateTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.ja).toContain(message);
  });

  it('refuses what is not ISO 8601 at all', () => {
    for (const text of ['来週の月曜日', '2019/06/01', '2019-6-1', '令和元年5月1日', '', '2019-06-01T9:00']) expect(parseJstDateTime(text).ok, text).toBe(false);
  });

  it('accepts the real edge cases: leap days, JST midnight, the first day of 令和, year ends', () => {
    expect(iso('2020-02-29')).toBe('2020-02-28T15:00:00.000Z');
    expect(iso('2000-02-29T12:00')).toBe('2000-02-29T03:00:00.000Z');
    expect(iso('2019-06-01T00:00')).toBe('2019-05-31T15:00:00.000Z');
    expect(iso('2019-04-30T23:59')).toBe('2019-04-30T14:59:00.000Z');
    expect(iso('2019-05-01')).toBe('2019-04-30T15:00:00.000Z');
    expect(iso('2019-05-01 09:00')).toBe('2019-05-01T00:00:00.000Z');
    expect(iso('2019-12-31T23:59:59')).toBe('2019-12-31T14:59:59.000Z');
    expect(iso('2019-06-01T09:00Z')).toBe('2019-06-01T09:00:00.000Z');
    expect(iso('2019-06-01T09:00+0900')).toBe('2019-06-01T00:00:00.000Z');
    expect(iso('2019-06-01T09:00-05:00')).toBe('2019-06-01T14:00:00.000Z');
    expect(iso('2019-06-01T09:00:00.250+09:00')).toBe('2019-06-01T00:00:00.250Z');
  });

  it('knows the month lengths of the Gregorian calendar', () => {
    expect([2019, 2020, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2019, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });
});

describe('publishAt (every report kind)', () => {
  it('refuses a day that does not exist, naming the field and the month length', () => {
    const result = publishAt.safeParse('2019-02-30T09:00');
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/^公開日時「2019-02-30T09:00」: 2019年2月30日はカレンダーにありません（2019年2月は28日まで） \/ publishAt "2019-02-30T09:00": .*does not exist/);
  });

  it('accepts 2020-02-29 and JST midnight', () => {
    expect(publishAt.parse('2020-02-29')).toBe('2020-02-28T15:00:00.000Z');
    expect(publishAt.parse('2019-05-01T00:00')).toBe('2019-04-30T15:00:00.000Z');
  });

  it('is the same field in every report kind', () => {
    for (const schema of [managementIssueSchema, measureSchema, strategySheetSchema]) expect(schema.shape.publishAt).toBe(publishAt);
  });

  it('reads 令和元年度 as a fiscal year (2019)', () => {
    expect(fiscalYearSchema.parse('令和元年度')).toBe(2019);
    expect(fiscalYearSchema.parse('平成31年度')).toBe(2019);
  });
});

describe('KOHYO_NOW', () => {
  it('refuses an impossible date-time with a clear message instead of rolling it over', () => {
    expect(() => buildNow({ KOHYO_NOW: '2019-04-31T09:00' })).toThrow('KOHYO_NOW が日時として読めません（2019年4月31日はカレンダーにありません（2019年4月は30日まで））');
    expect(() => buildNow({ KOHYO_NOW: '2019-06-01T25:00' })).toThrow(/KOHYO_NOW.*25時/);
  });
  it('accepts a leap day and midnight', () => {
    expect(buildNow({ KOHYO_NOW: '2020-02-29T00:00' }).toISOString()).toBe('2020-02-28T15:00:00.000Z');
  });
});
