/**
 * Rating vocabularies, as the source documents define them. This is data: schemas validate codes
 * against it, badges show code + definition from it, the legend page (/about/ratings/) lists it
 * and search filters use it.
 *
 * `definition` and `midtermDefinition` are the documents' own words, verbatim (as the seed
 * extractions print them; tests/unit/ratings-wording.test.ts holds them against the seeds).
 * Anything Kohyo adds — short badge labels, `note` — is ours and is shown apart, labelled as such.
 */

export interface RatingCode {
  /** The code as printed in the document, e.g. ア, A, ① */
  code: string;
  /** Kohyo's short label for badges and filters, e.g. 順調でない (not the document's definition) */
  label: string;
  /** The document's definition, verbatim: the 自己評価 form's wording */
  definition: string;
  /** The 中間振り返り form's wording, verbatim, where it differs */
  midtermDefinition?: string;
  /** Whether this is the favourable outcome; drives the badge's shape/icon, never colour alone. */
  tone: 'good' | 'bad' | 'neutral';
  /**
   * Kohyo's explanation in plain Japanese (the documents define the codes only by their short
   * words). Shown on /about/ratings/ labelled 「Kohyoによる説明」; it never just repeats the label.
   */
  explanation: string;
}

export interface Vocabulary {
  id: VocabularyId;
  /** Name of the rating as the document prints it */
  name: string;
  /** Where it appears, for the legend page */
  appliesTo: string;
  codes: readonly RatingCode[];
  /** Kohyo's own explanation (not the document's), shown apart and labelled 「Kohyoによる補足」 */
  note?: string;
}

export type VocabularyId =
  | 'strategyEffectiveness'
  | 'outcomeStatus'
  | 'strategyProgress'
  | 'achievement'
  | 'achievementProgress'
  | 'initiativeEffectiveness'
  | 'improvementMethod';

export const VOCABULARIES: Record<VocabularyId, Vocabulary> = {
  strategyEffectiveness: {
    id: 'strategyEffectiveness',
    name: '戦略のアウトカムに対する有効性',
    appliesTo: '運営方針 — めざす成果及び戦略の自己評価',
    codes: [
      { code: 'ア', label: '有効', definition: '有効であり、継続して推進', tone: 'good', explanation: '戦略で進めている取組が、めざす成果（アウトカム）に近づくのに役立っていると、組織自身が判断したことを表します。戦略はそのまま続けます。' },
      { code: 'イ', label: '有効でない', definition: '有効でないため、戦略を見直す', tone: 'bad', explanation: '戦略で進めている取組が、めざす成果に結びついていないと組織自身が判断し、戦略の中身を改めることを表します。' },
    ],
  },
  outcomeStatus: {
    id: 'outcomeStatus',
    name: 'アウトカムの達成状況',
    appliesTo: '運営方針 — めざす成果及び戦略の自己評価（前年度・個別・全体）',
    codes: [
      { code: 'A', label: '順調', definition: '順調', tone: 'good', explanation: 'めざす状態を数字で表した指標（アウトカム）が、見込んでいた道筋のとおりに動いていることを表します。' },
      { code: 'B', label: '順調でない', definition: '順調でない', tone: 'bad', explanation: 'めざす状態を数字で表した指標（アウトカム）が、見込んでいた道筋から外れている（伸びが足りない、悪くなっている）ことを表します。' },
    ],
  },
  strategyProgress: {
    id: 'strategyProgress',
    name: '戦略の進捗状況',
    appliesTo: '運営方針 — めざす成果及び戦略の自己評価',
    codes: [
      { code: 'a', label: '順調', definition: '順調', tone: 'good', explanation: '戦略の下にある取組全体が、計画の予定に沿って進んでいることを表します。' },
      { code: 'b', label: '順調でない', definition: '順調でない', tone: 'bad', explanation: '戦略の下にある取組全体が、計画の予定より遅れている、または思うように進んでいないことを表します。' },
    ],
  },
  achievement: {
    id: 'achievement',
    name: '業績目標の達成状況',
    appliesTo: '運営方針 — 具体的取組の中間振り返り・自己評価',
    codes: [
      { code: '①', label: '目標達成', definition: '目標達成', midtermDefinition: '目標達成(見込)', tone: 'good', explanation: 'その年度の業績目標（中間アウトカム）として掲げた数値や状態に届いたことを表します。中間振り返りでは、年度末に届く見込みであることを表します。' },
      { code: '②', label: '目標未達成', definition: '目標未達成', midtermDefinition: '目標未達成(見込)', tone: 'bad', explanation: '業績目標に届かなかった（中間振り返りでは、届かない見込みの）ことを表します。ただし、取組をやめるか見直す目安の「撤退基準」までは下回っていません。' },
      { code: '③', label: '撤退基準未達成', definition: '撤退基準未達成', tone: 'bad', explanation: '業績目標に届かなかっただけでなく、あらかじめ決めていた最低ラインの「撤退基準」にも届かなかったことを表します。撤退基準に届かないときは、取組をやめるか大きく見直すことが、取組ごとに決められています。' },
    ],
    note: '「①(i)」のように、達成状況（①〜③）と取組の実施状況（(i)・(ii)）を組み合わせて示されています。文書の記載では③（撤退基準未達成）に (i)・(ii) は付いていません。このサイトでは ①(i) を ✓、①(ii)（目標には届いたが、取組は予定どおりでなかった）を △、②と③を ✗ の記号でも示しています。中間振り返りの評価は年度途中の見込みです。',
  },
  achievementProgress: {
    id: 'achievementProgress',
    name: '業績目標の達成状況（取組の実施状況）',
    appliesTo: '運営方針 — ①・②に添えられる (i)/(ii)',
    codes: [
      { code: '(i)', label: '予定どおり実施', definition: '取組は予定どおり実施', midtermDefinition: '取組は予定どおり進捗', tone: 'good', explanation: '目標に届いたかどうかとは別に、計画していた取組（研修の実施、計画の策定など）を、予定した時期と内容で行ったことを表します。' },
      { code: '(ii)', label: '予定どおり実施せず', definition: '取組を予定どおり実施しなかった', midtermDefinition: '取組は予定どおり進捗していない', tone: 'bad', explanation: '計画していた取組の一部を、予定した時期や内容のとおりには行わなかったことを表します。「①(ii)」は数値の目標には届いたものの取組は予定どおりではなかったという意味なので、このサイトでは「①(i)」と別の記号（△）で示しています。' },
    ],
  },
  initiativeEffectiveness: {
    id: 'initiativeEffectiveness',
    name: '戦略に対する取組の有効性',
    appliesTo: '運営方針 — 具体的取組の中間振り返り・自己評価',
    codes: [
      { code: '○', label: '有効', definition: '有効', tone: 'good', explanation: 'この取組が、上位の戦略がめざす成果に役立っていると組織自身が判断したことを表します。' },
      { code: '×', label: '有効でない', definition: '有効でないため見直す', midtermDefinition: '有効でないため取組を見直す', tone: 'bad', explanation: 'この取組が戦略の成果に役立っていないと組織自身が判断し、取組の中身を改めることを表します。' },
      { code: '－', label: '未設定', definition: '中間アウトカム未設定(未測定)', tone: 'neutral', explanation: '取組の効果を測る中間アウトカム（業績目標の指標）が決められていない、またはまだ測っていないため、役立っているかどうかを判断していないことを表します。' },
    ],
    note: '文書では「－」「-」「—」など線の種類が異なる記号で書かれていますが、同じ「中間アウトカム未設定(未測定)」として扱っています。',
  },
  improvementMethod: {
    id: 'improvementMethod',
    name: '改善・改革の手法',
    appliesTo: '主要事務事業戦略シート — 事務事業',
    codes: [
      { code: '①', label: '調達改革', definition: '調達改革', tone: 'neutral', explanation: '物品やサービスの買い方・契約のしかたを見直す手法です。' },
      { code: '②', label: '課題抑制', definition: '課題抑制', tone: 'neutral', explanation: '文書には説明がなく、Kohyoでも具体的な中身を確かめられていない手法名です。文書の表記のまま載せています。' },
      { code: '③', label: '整理統合', definition: '整理統合', tone: 'neutral', explanation: '似た事業をまとめたり、役目を終えた事業を整理したりする手法です。' },
      { code: '④', label: 'アウトソーシング', definition: 'アウトソーシング', tone: 'neutral', explanation: '業務の一部を民間事業者などに任せる（委託する）手法です。' },
      { code: '⑤', label: '連携・協働', definition: '連携・協働', tone: 'neutral', explanation: 'ほかの部局や自治体、企業、市民団体などと力を合わせて進める手法です。' },
      { code: '⑥', label: 'ICT活用', definition: 'ICT活用', tone: 'neutral', explanation: '情報通信技術（システムやネットワークなど）を使って業務を効率化する手法です。' },
      { code: '⑧', label: 'その他', definition: 'その他', tone: 'neutral', explanation: '①〜⑥のどれにも当たらない手法です。' },
    ],
    note: '文書には⑦の記載がありません。記号の名前は、文書で各事務事業の手法として印字されているものです。',
  },
};

/** The document's definition of a code at a stage (the 中間振り返り form words some differently). */
export function definitionAt(rating: RatingCode, stage: 'midterm' | 'final' = 'final'): string {
  return stage === 'midterm' ? (rating.midtermDefinition ?? rating.definition) : rating.definition;
}

/**
 * Variants of a code that staff (or a PDF extraction) may type, mapped to the canonical code.
 * Why: documents print the same code with different dash and circle characters
 * (「-」「—」「－」 all mean 中間アウトカム未設定).
 */
const CODE_ALIASES: Record<string, string> = {
  '-': '－', '—': '－', '―': '－', '‐': '－', '−': '－', 'ー': '－',
  '〇': '○', '◯': '○',
  '✕': '×', 'x': '×', 'X': '×', '✗': '×',
  '1': '①', '2': '②', '3': '③', '4': '④', '5': '⑤', '6': '⑥', '8': '⑧',
};

/** Looks up a code in a vocabulary, accepting the aliases above. */
export function findRating(vocabulary: VocabularyId, code: string): RatingCode | undefined {
  const vocab = VOCABULARIES[vocabulary];
  const trimmed = code.trim();
  // ア/イ/A/B/a/b are case- and width-sensitive in meaning, so NFKC only folds full-width forms.
  const folded = trimmed.normalize('NFKC');
  const exact = vocab.codes.find((c) => c.code === trimmed || c.code === folded);
  if (exact) return exact;
  const alias = CODE_ALIASES[trimmed] ?? CODE_ALIASES[folded];
  return alias ? vocab.codes.find((c) => c.code === alias) : undefined;
}

/** The codes a vocabulary allows, for error messages: 「ア、イ」. */
export function allowedCodes(vocabulary: VocabularyId): string {
  return VOCABULARIES[vocabulary].codes.map((c) => c.code).join('、');
}

/** Wording of an 業績目標の達成状況 rating at a given stage (中間振り返り says 見込). */
export function achievementLabel(achievement: 1 | 2 | 3, stage: 'midterm' | 'final'): string {
  const base = VOCABULARIES.achievement.codes[achievement - 1]!.label;
  return stage === 'midterm' && achievement !== 3 ? `${base}（見込）` : base;
}

export function achievementProgressLabel(progress: 'i' | 'ii', stage: 'midterm' | 'final'): string {
  if (stage === 'midterm') return progress === 'i' ? '取組は予定どおり進捗' : '取組は予定どおり進捗していない';
  return progress === 'i' ? '取組は予定どおり実施' : '取組を予定どおり実施しなかった';
}

/**
 * The mark of an 業績目標の達成状況 such as ①(ii): ① with (ii) — target met, but the activities not
 * carried out as planned — is neither full success nor failure, so it gets a mark of its own.
 */
export function achievementTone(rating: { achievement: 1 | 2 | 3; progress: 'i' | 'ii' | null }): 'good' | 'mixed' | 'bad' {
  if (rating.achievement !== 1) return 'bad';
  return rating.progress === 'ii' ? 'mixed' : 'good';
}

/** The symbol beside a badge (a second cue besides the border style; never colour alone). */
export const TONE_SYMBOLS = { good: '✓', mixed: '△', bad: '✗', neutral: '－' } as const;
