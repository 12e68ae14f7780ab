/** Wording of the search page and header search box, in one place for review. */
export const SEARCH_LABELS = {
  pageTitle: 'サイト内検索',
  description: '運営方針・主要事務事業戦略シートの本文を、キーワードと年度・組織・文書種別・評価で検索できます。',
  intro: '報告書の本文をキーワードで検索できます。年度は「平成30年度」「2018年度」のどちらの書き方でも探せます。',
  formLabel: '報告書の検索',
  headerFormLabel: 'サイト内検索',
  queryLabel: 'キーワード',
  queryHint: '例: 情報セキュリティ、防災備蓄、マイナンバー。年度は「平成30年度」「2018年度」のどちらでも探せます。複数の語は空白で区切ります。',
  submit: '検索',
  filtersHeading: '絞り込み',
  filtersHint: '同じ項目の中で複数選ぶと、いずれかに当てはまる報告書を表示します。',
  filtersPending: '選択肢を読み込んでいます。',
  clear: '条件をすべて解除',
  filtersToggle: '絞り込み',
  filtersClose: '絞り込みを閉じて結果を見る',
  sortLabel: '並び順',
  sortRelevance: '関連度順',
  sortNewest: '新しい年度順',
  organizationFinder: '組織名で探す',
  organizationFinderHint: '入力した文字を含む組織だけを表示します。',
  organizationFinderNone: '入力した文字を含む組織はありません。',
  organizationFinderCount: (count: number) => `入力した文字を含む組織: ${count.toLocaleString('ja-JP')}件（よく一致するものから表示）`,
  resultsHeading: '検索結果',
  noScript: 'この検索機能は JavaScript を使います。JavaScript を有効にするか、ホームから年度・組織ごとの一覧をたどってください。',
  idle: 'キーワードを入力するか、絞り込み条件を選んでください。',
  /** Shown and announced from the first keystroke until the results are complete */
  searching: '検索中…',
  loadFailed: '検索機能を読み込めませんでした。時間をおいてページを再読み込みしてください。',
} as const;

/** Announced by the 組織 finder's live region while typing. */
export const finderCountMessage = (count: number): string => SEARCH_LABELS.organizationFinderCount(count);

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

/** A filter value's result count for the current search: 「12件」. */
export function filterCountLabel(count: number): string {
  return `${count.toLocaleString('ja-JP')}件`;
}

/** Summary of one 自治体's organisations: 「大阪市（3組織）」. */
export function municipalityGroupLabel(municipality: string, organizations: number): string {
  return `${municipality}（${organizations}組織）`;
}

/** Added to the count message when the list is in newest-year order. */
export const NEWEST_FIRST_NOTE = '新しい年度順に表示しています。';
