/**
 * Release rules, decided in this one place before any page, listing or index sees an entry:
 * a draft or a file whose publishAt is still in the future is "unreleased". Production builds
 * drop unreleased entries; staff preview keeps them and marks them with a banner.
 */
export type ReleaseStatus = 'published' | 'draft' | 'embargoed';

export interface ReleaseInfo {
  status: ReleaseStatus;
  /** ISO date-time, when set */
  publishAt?: string;
}

export function releaseStatus(entry: { draft?: boolean; publishAt?: string | undefined }, now: Date): ReleaseInfo {
  if (entry.draft) return { status: 'draft', ...(entry.publishAt ? { publishAt: entry.publishAt } : {}) };
  if (entry.publishAt && new Date(entry.publishAt).getTime() > now.getTime()) return { status: 'embargoed', publishAt: entry.publishAt };
  return { status: 'published', ...(entry.publishAt ? { publishAt: entry.publishAt } : {}) };
}

/**
 * The build date. KOHYO_NOW lets staff rehearse a release (`KOHYO_NOW=2019-06-01T09:00+09:00`);
 * a time without zone is JST.
 */
export function buildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.KOHYO_NOW?.trim();
  if (!raw) return new Date();
  const withZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(raw) ? raw : /T\d/.test(raw) ? `${raw}+09:00` : `${raw}T00:00:00+09:00`;
  const date = new Date(withZone);
  if (Number.isNaN(date.getTime())) throw new Error(`KOHYO_NOW が日時として読めません / KOHYO_NOW is not a date-time: ${raw}`);
  return date;
}

/** Preview (staff) mode shows unreleased entries; anything else is production. Safe by default. */
export function isPreview(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KOHYO_PREVIEW === '1';
}
