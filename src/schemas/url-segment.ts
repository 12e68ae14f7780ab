import { z } from 'astro/zod';

/**
 * Identifiers that become a URL segment (organisation ids, indicator ids, 施策コード) are short:
 * a URL is quoted and typed by people, and a segment of hundreds of characters becomes a file
 * name the file system refuses (ENAMETOOLONG) when the page is written.
 */
export const URL_SEGMENT_MAX_LENGTH = 64;

/** ASCII a-z, 0-9 and -, at most 64 characters: what an id in a URL may be. */
export const urlIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: '英小文字・数字・ハイフンで書いてください / use a-z, 0-9 and -' })
  .max(URL_SEGMENT_MAX_LENGTH, { message: `URL に使う識別子は ${URL_SEGMENT_MAX_LENGTH} 文字までです / an identifier used in URLs is at most ${URL_SEGMENT_MAX_LENGTH} characters` });
