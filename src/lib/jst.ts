/**
 * Date-times as staff write them: ISO 8601 (`2019-06-01T09:00`, `2019-06-01 09:00`,
 * `2019-06-01T09:00+09:00`, `2019-06-01`). A time without a zone is Japan time (+09:00), a date
 * alone is midnight JST. Used for every date field in content (publishAt) and for KOHYO_NOW.
 *
 * Every part is checked against the calendar before a Date is made: JavaScript's Date rolls
 * impossible values over (2019-02-30 becomes 3 March, 25:00 the next day), which would publish a
 * report on a day nobody wrote.
 */

/** Why a text is not a date-time, in Japanese and English (callers add the field name). */
export interface DateTimeProblem {
  ja: string;
  en: string;
}

export type DateTimeResult = { ok: true; date: Date } | { ok: false; problem: DateTimeProblem };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const FORMAT: DateTimeProblem = {
  ja: 'ISO 8601 形式で書いてください（例: 2019-06-01T09:00、2019-06-01T09:00+09:00、2019-06-01）',
  en: 'expected ISO 8601 such as 2019-06-01T09:00',
};

/** Reads a staff-written date-time; an impossible date or time is a problem, never rolled over. */
export function parseJstDateTime(input: string): DateTimeResult {
  const text = input.trim();
  const match = PATTERN.exec(text);
  if (!match) return { ok: false, problem: FORMAT };
  const [, y, mo, d, h = '00', mi = '00', s = '00', fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12) {
    return { ok: false, problem: { ja: `${month}月という月はありません`, en: `month ${mo} does not exist` } };
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { ok: false, problem: { ja: `${year}年${month}月${day}日はカレンダーにありません（${year}年${month}月は${lastDay}日まで）`, en: `${y}-${mo}-${d} does not exist on the calendar (that month has ${lastDay} days)` } };
  }
  // 24:00 is left out on purpose: write 00:00 of the next day, the date the report appears.
  if (hour > 23) return { ok: false, problem: { ja: `${h}時という時刻はありません（0〜23時。翌日の0時は翌日の日付で 00:00 と書いてください）`, en: `hour ${h} does not exist (00–23)` } };
  if (minute > 59) return { ok: false, problem: { ja: `${mi}分という時刻はありません（0〜59分）`, en: `minute ${mi} does not exist (00–59)` } };
  if (second > 59) return { ok: false, problem: { ja: `${s}秒という時刻はありません（0〜59秒）`, en: `second ${s} does not exist (00–59)` } };
  let offset = '+09:00';
  if (zone && zone.toUpperCase() !== 'Z') {
    const zh = Number(zone.slice(1, 3));
    const zm = Number(zone.slice(1).replace(':', '').slice(2) || '0');
    if (zh > 14 || zm > 59) return { ok: false, problem: { ja: `時差「${zone}」はありません`, en: `time zone offset ${zone} does not exist` } };
    offset = `${zone[0]}${String(zh).padStart(2, '0')}:${String(zm).padStart(2, '0')}`;
  } else if (zone) {
    offset = 'Z';
  }
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction ? `.${fraction.slice(0, 3)}` : ''}${offset}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { ok: false, problem: FORMAT };
  return { ok: true, date };
}

const JST_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The JST calendar date (YYYY-MM-DD) of an instant, e.g. the day a report was published. */
export function jstCalendarDate(iso: string): string {
  return JST_DATE.format(new Date(iso));
}

/** An instant as an RFC 3339 date-time in Japan time, e.g. 2019-06-01T09:00:00+09:00 (for feeds). */
export function jstDateTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 9 * 60 * 60 * 1000);
  return `${shifted.toISOString().slice(0, 19)}+09:00`;
}
