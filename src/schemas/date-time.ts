import { z } from 'astro/zod';
import { parseJstDateTime } from '../lib/jst.ts';

/**
 * A date-time field (ISO 8601; without a zone it is Japan time). Output: the ISO string in UTC.
 * Every date or date-time field of the content format uses this one schema, so a value that
 * cannot exist on the calendar (2019-02-30, 25:00) is refused everywhere with the field named.
 *
 * @param name the field's name in Japanese as staff know it (公開日時) and in English (publishAt)
 */
export function jstDateTimeSchema(name: { ja: string; en: string }) {
  return z.union([z.string(), z.date()]).transform((input, ctx) => {
    if (input instanceof Date) {
      if (!Number.isNaN(input.getTime())) return input.toISOString();
      ctx.addIssue({ code: 'custom', message: `${name.ja}が日時として読めません / ${name.en} is not a date-time` });
      return z.NEVER;
    }
    const result = parseJstDateTime(input);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: `${name.ja}「${input.trim()}」: ${result.problem.ja} / ${name.en} ${JSON.stringify(input)}: ${result.problem.en}` });
      return z.NEVER;
    }
    return result.date.toISOString();
  });
}
