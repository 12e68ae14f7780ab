/** Wording of the search page and header search box, in one place for review. */
export const SEARCH_LABELS = {
  pageTitle: 'サイト内検索',
  description: '運営方針・主要事務事業戦略シートの本文を、キーワードと年度・組織・文書種別・評価で検索できます。',
  intro: '報告書の本文をキーワードで検索できます。年度は「平成30年度」「2018年度」のどちらの書き方でも探せます。',
  formLabel: '報告書の検索',
  headerFormLabel: 'サイト内検索',
  queryLabel: 'キーワード',
  queryHint: '例: 情報セキュリティ、防災備蓄、マイナンバー、平成30年度。複数の語は空白で区切ります。',
  submit: '検索',
  filtersHeading: '絞り込み',
  filtersHint: '同じ項目の中で複数選ぶと、いずれかに当てはまる報告書を表示します。',
  filtersPending: '選択肢を読み込んでいます。',
  clear: '条件をすべて解除',
  resultsHeading: '検索結果',
  noScript: 'この検索機能は JavaScript を使います。JavaScript を有効にするか、ホームから年度・組織ごとの一覧をたどってください。',
  idle: 'キーワードを入力するか、絞り込み条件を選んでください。',
  loadFailed: '検索機能を読み込めませんでした。時間をおいてページを再読み込みしてください。',
} as const;

/** 「「情報セキュリティ」の検索結果: 3件」 (the count announced in the live region). */
export function resultCountMessage(query: string, filterCount: number, count: number): string {
  const what = query !== '' ? `「${query}」の検索結果` : '絞り込みの結果';
  const filters = query !== '' && filterCount > 0 ? `（絞り込み条件 ${filterCount}件）` : '';
  return `${what}${filters}: ${count}件`;
}

export function noResultsMessage(query: string, filterCount: number): string {
  const what = query !== '' ? `「${query}」に一致する報告書は見つかりませんでした。` : '条件に一致する報告書は見つかりませんでした。';
  const hint = filterCount > 0 ? '絞り込み条件を減らすか、別のキーワードで検索してください。' : '別のキーワードや、より短い語で検索してください。';
  return `${what}${hint}`;
}

/** 「検索結果をさらに20件表示（残り21件）」 */
export function moreLabel(remaining: number, pageSize: number): string {
  return `検索結果をさらに${Math.min(remaining, pageSize)}件表示（残り${remaining}件）`;
}
