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
