/**
 * Date-times as staff write them: a time without a zone is Japan time (+09:00), a date alone
 * is midnight JST. Used for `publishAt` in content and for KOHYO_NOW.
 */
export function withJstZone(text: string): string {
  if (/([zZ]|[+-]\d{2}:?\d{2})$/.test(text)) return text;
  return /T\d/.test(text) ? `${text}+09:00` : `${text}T00:00:00+09:00`;
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
