/**
 * Date-times as staff write them: a time without a zone is Japan time (+09:00), a date alone
 * is midnight JST. Used for `publishAt` in content and for KOHYO_NOW.
 */
export function withJstZone(text: string): string {
  if (/([zZ]|[+-]\d{2}:?\d{2})$/.test(text)) return text;
  return /T\d/.test(text) ? `${text}+09:00` : `${text}T00:00:00+09:00`;
}
