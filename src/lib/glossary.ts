/**
 * The documents' own terms, explained in plain Japanese for /about/ratings/. The documents use
 * these words without defining them, so every explanation here is Kohyo's and is shown labelled
 * 「Kohyoによる説明」. Ids are anchors (/about/ratings/#term-tettai-kijun) other pages may link.
 */
import { LABELS } from './labels.ts';

export interface GlossaryTerm {
  id: string;
  term: string;
  explanation: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  { id: 'term-outcome', term: 'アウトカム', explanation: '取組の結果として市民や社会に生まれる変化（成果）のことです。運営方針では、戦略ごとに「めざす状態」を数字で表した指標をアウトカムと呼び、その動きを A（順調）・B（順調でない）で評価しています。' },
  { id: 'term-chukan-outcome', term: '中間アウトカム（業績目標）', explanation: '最終的な成果（アウトカム）に至る途中の段階で、具体的取組ごとにその年度に達成をめざす目標です。運営方針の「業績目標（中間アウトカム）」の欄に書かれ、その達成状況が ①〜③ で評価されます。' },
  { id: 'term-tettai-kijun', term: '撤退基準', explanation: '取組ごとにあらかじめ決めておく「ここまで届かなければ取組をやめるか、大きく見直す」という最低ラインです。運営方針の「撤退基準」の欄に、条件として書かれています（例: ある年度中に計画が策定されない場合は見直す）。これに届かなかったときの評価が「③ 撤退基準未達成」です。' },
  { id: 'term-midterm', term: '中間振り返り', explanation: '年度の途中で行う点検です。評価は年度末の見込みで、記号の言葉に「(見込)」が付きます。年度末の評価は「自己評価」の欄にあります。' },
  { id: 'term-self-evaluation', term: '自己評価', explanation: '取組を行った組織自身が、年度の終わりに結果を振り返って付けた評価です。第三者の評価ではありません。Kohyoは自己評価を文書のとおりに載せ、変えていません。' },
  { id: 'term-outcome-rows', term: 'アウトカムの達成状況の「前年度」「個別」「全体」', explanation: '「前年度」は前の年度の評価、「個別」はアウトカムの指標ひとつひとつの評価、「全体」は戦略としてのまとめの評価です。' },
  { id: 'term-better-worse', term: `${LABELS.continuity.change.better}・${LABELS.continuity.change.worse}`, explanation: '同じ経営課題・施策を年度ごとに並べたとき、前の年度の評価と比べて良い方・悪い方に変わったことを表します。良し悪しの順は、元の文書の区分の意味に沿ってKohyoが決めています（例: ①(i) → ①(ii) → ②(i) → ②(ii) → ③ の順に悪くなるとみなします）。' },
  { id: 'term-incomparable', term: LABELS.continuity.change.incomparable, explanation: '前の年度と評価が違っていても、どちらが良いとは言えない場合です。たとえば「全体」に A と B の両方が付いている年度や、「－（中間アウトカム未設定）」のように良し悪しを表さない記号との比較では、上がった・下がったとは表示せず、この言葉で示します。' },
  { id: 'term-changed', term: LABELS.continuity.change.changed, explanation: '改善・改革の手法のように良し悪しの順がない区分で、前の年度から中身が変わったことを表します。' },
];
