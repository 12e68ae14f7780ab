/**
 * What the Atom feeds list: each report's publication (dated by its `publishAt`) and each of its
 * change notes (dated by the note), newest first. Dates come from the content only, never from the
 * build clock, so two builds of the same content write the same feed.
 *
 * A report with neither `publishAt` nor change notes has no date a feed could honestly give it,
 * so it is not listed (its page, the listings and the sitemap are unaffected). The preview site's
 * /preview/changes/ page names such reports.
 */
import { newestFirst } from '../change-notes.ts';
import type { ChangeNote } from '../../schemas/change-note.ts';
import { anchors } from '../urls.ts';

export interface FeedReport {
  /** Site-relative page URL, e.g. /osaka-ict/2018/keiei-kadai-2/ */
  url: string;
  /** 「経営課題2 情報セキュリティ管理体制の実効性確保」 */
  title: string;
  /** 「大阪市 ICT戦略室」 */
  organizationName: string;
  /** 「運営方針・平成30年度（2018年度）」: what and when, for the entry summary */
  context: string;
  publishAt?: string | undefined;
  changes: readonly ChangeNote[];
}

export interface FeedItem {
  kind: 'published' | 'updated';
  /** Site-relative link (report page, or its 更新履歴) */
  url: string;
  /** Stable site-relative id: the same entry keeps it in every build */
  id: string;
  report: FeedReport;
  /** The date-time the entry is about (ISO), from publishAt or the note's date (JST midnight) */
  date: string;
  /** The change note (Markdown), for `updated` entries */
  note?: string;
}

/** Every dated item of the given reports, newest first (ties in id order, so output is stable). */
export function feedItems(reports: readonly FeedReport[]): FeedItem[] {
  const items: FeedItem[] = [];
  for (const report of reports) {
    if (report.publishAt) items.push({ kind: 'published', url: report.url, id: report.url, report, date: new Date(report.publishAt).toISOString() });
    const perDay = new Map<string, number>();
    // Ids count the notes of a day in the order staff wrote them, so adding a note keeps older ids.
    for (const change of report.changes) {
      const n = (perDay.get(change.date) ?? 0) + 1;
      perDay.set(change.date, n);
      items.push({
        kind: 'updated',
        url: `${report.url}#${anchors.changeNotes}`,
        id: `${report.url}#${anchors.changeNotes}-${change.date}-${n}`,
        report,
        date: new Date(`${change.date}T00:00:00+09:00`).toISOString(),
        note: change.note,
      });
    }
  }
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Reports a feed cannot list: no publishAt and no change notes. */
export function undatedReports<T extends Pick<FeedReport, 'publishAt' | 'changes'>>(reports: readonly T[]): T[] {
  return reports.filter((r) => !r.publishAt && newestFirst(r.changes).length === 0);
}
