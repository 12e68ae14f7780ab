/**
 * Release rules, decided in this one place before any page, listing or index sees an entry:
 * a draft or a file whose publishAt is still in the future is "unreleased". Production builds
 * drop unreleased entries; staff preview keeps them and marks them with a banner.
 */
import { parseJstDateTime } from '../jst.ts';
import { LABELS } from '../labels.ts';
import { buildDate, isFutureNote } from './change-note-dates.ts';

export type ReleaseStatus = 'published' | 'draft' | 'embargoed';

export interface ReleaseInfo {
  status: ReleaseStatus;
  /** ISO date-time, when set */
  publishAt?: string;
  /** The build's date (JST) when some change notes are dated after it: those stay unpublished until their date */
  changesUntil?: string;
}

export function releaseStatus(entry: { draft?: boolean; publishAt?: string | undefined; changes?: readonly { date: string }[] }, now: Date): ReleaseInfo {
  const today = buildDate(now);
  const future = (entry.changes ?? []).some((note) => isFutureNote(note, today));
  const notes = future ? { changesUntil: today } : {};
  if (entry.draft) return { status: 'draft', ...(entry.publishAt ? { publishAt: entry.publishAt } : {}), ...notes };
  if (entry.publishAt && new Date(entry.publishAt).getTime() > now.getTime()) return { status: 'embargoed', publishAt: entry.publishAt, ...notes };
  return { status: 'published', ...(entry.publishAt ? { publishAt: entry.publishAt } : {}), ...notes };
}

/** An entry without its change notes dated after the build's date (see src/lib/content/change-note-dates.ts). */
function withoutFutureNotes<T extends { release: ReleaseInfo }>(entry: T): T {
  const until = entry.release.changesUntil;
  const data = (entry as { data?: { changes?: readonly { date: string }[] } }).data;
  if (!until || !data?.changes) return entry;
  return { ...entry, data: { ...data, changes: data.changes.filter((note) => !isFutureNote(note, until)) } };
}

/**
 * The build date. KOHYO_NOW lets staff rehearse a release (`KOHYO_NOW=2019-06-01T09:00+09:00`);
 * a time without zone is JST.
 */
export function buildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const raw = env.KOHYO_NOW?.trim();
  if (!raw) return new Date();
  const result = parseJstDateTime(raw);
  if (!result.ok) throw new Error(`KOHYO_NOW が日時として読めません（${result.problem.ja}） / KOHYO_NOW is not a date-time: ${raw} (${result.problem.en})`);
  return result.date;
}

/** The environment variable that turns an `astro build` into a preview build. */
export const PREVIEW_BUILD_SWITCH = 'KOHYO_RELEASE';

/**
 * The one switch between the public site and staff/reviewer preview (drafts and embargoed
 * reports shown with a banner, a プレビュー frame, noindex everywhere). Safe by default: anything
 * but these exact values is production.
 * - In the dev server (`where: 'dev'`): KOHYO_PREVIEW=1, which `npm run dev` sets.
 * - In a build (`where: 'build'`): KOHYO_RELEASE=preview, which only `scripts/build.ts --preview`
 *   (`npm run build:preview`, written to dist-preview/) sets for its Astro child; the production
 *   build removes it, so `npm run build` never publishes a draft whatever the shell says.
 */
export function isPreview(env: NodeJS.ProcessEnv = process.env, where: 'dev' | 'build' = 'dev'): boolean {
  return where === 'dev' ? env.KOHYO_PREVIEW === '1' : env[PREVIEW_BUILD_SWITCH] === 'preview';
}

/** Keeps only what may be published. Every page, listing, feed and index gets entries through this. */
export function releasedOnly<T extends { release: ReleaseInfo }>(entries: readonly T[]): T[] {
  return entries.filter((entry) => entry.release.status === 'published').map(withoutFutureNotes);
}

const JST_PARTS = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A publish date-time as staff read it, in JST: 「2019年6月1日 9:00」. */
export function formatPublishAt(iso: string): string {
  const parts = Object.fromEntries(JST_PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}年${parts.month}月${parts.day}日 ${Number(parts.hour)}:${parts.minute}`;
}

export interface ReleaseNotice {
  /** Short status, e.g. 「下書き」, 「公開前（2019年6月1日 9:00公開予定）」 */
  title: string;
  /** One sentence saying what it means for the public site */
  detail: string;
}

/** The staff-preview banner text for an unreleased entry; undefined when it is published. */
export function releaseNotice(release: ReleaseInfo): ReleaseNotice | undefined {
  const scheduled = release.publishAt ? `${formatPublishAt(release.publishAt)}公開予定` : undefined;
  if (release.status === 'draft') {
    return {
      title: LABELS.draftBanner,
      detail: LABELS.draftDetail(scheduled),
    };
  }
  if (release.status === 'embargoed') {
    return {
      title: `${LABELS.embargoBanner}（${scheduled}）`,
      detail: LABELS.embargoDetail,
    };
  }
  return undefined;
}
