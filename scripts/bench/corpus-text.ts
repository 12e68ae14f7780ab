/**
 * Synthetic Japanese text for the benchmark corpus. Sentences are assembled from a fixed
 * vocabulary of administrative phrases, so the result has the length and character mix of
 * the real documents but reads as plainly repetitive filler: nobody can mistake it for a
 * real city's report, and every title carries the 〔合成〕 mark.
 */
import type { Random } from './prng.ts';

/** Topics; the benchmark's search queries are drawn from this list. */
export const TOPICS = [
  '情報セキュリティ', '防災', '電子申請', 'オープンデータ', '備蓄', '職員研修', '健康診断', '避難所運営',
  'マイナンバーカード', '窓口サービス', '庁内ネットワーク', '業務システム', 'データ活用', '国際交流',
  '多文化共生', '働き方改革', '文書管理', '公共施設', '地域防災計画', '調達手続き',
] as const;

const SUBJECTS = ['各所属', '本市', '市民', '事業者', '関係部局', '区役所', '庁内の推進体制', '担当課'] as const;
const METHODS = ['ヒアリング結果に基づき', '前年度の実績を踏まえ', '国の動向を注視しつつ', '他都市の事例を参考に', '外部有識者の意見を聴きながら', '庁内の会議を通じて'] as const;
const ACTIONS = [
  'の推進に向けた検討を行う', 'の実施状況を定期的に把握する', 'に関する課題を整理する', 'の手順を見直す',
  'の取組を着実に進める', 'に係る体制を強化する', 'の効果を検証する', 'の計画を策定する',
  'について周知・啓発を行う', 'の運用改善を図る',
] as const;
const STATES = [
  'が計画どおり進んでいる状態', 'が全庁的に定着している状態', 'の水準が維持されている状態',
  'が市民にとって分かりやすくなっている状態', 'に係る負担が軽減されている状態',
] as const;

/**
 * The few topics one document is about. Why: if every document drew on all topics, every
 * query would match every page, which is neither realistic nor a fair test of search.
 */
export function documentTopics(random: Random, count = 4): string[] {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(random.pick(TOPICS));
  return [...chosen];
}

/** One sentence of 40–70 characters about the given topics. */
export function sentence(random: Random, topics: readonly string[]): string {
  const topic = random.pick(topics);
  switch (random.int(0, 2)) {
    case 0:
      return `${random.pick(SUBJECTS)}は、${random.pick(METHODS)}、${topic}${random.pick(ACTIONS)}。`;
    case 1:
      return `${topic}${random.pick(STATES)}をめざし、${random.pick(SUBJECTS)}と連携して${random.pick(topics)}${random.pick(ACTIONS)}。`;
    default:
      return `平成${random.int(26, 30)}年度の${topic}に関する取組の結果を踏まえ、${random.pick(SUBJECTS)}において${random.pick(topics)}${random.pick(ACTIONS)}。`;
  }
}

/**
 * A text field of about `length` characters (±40%), as 「・」 bullet lines the way the source
 * documents print them, or as a Markdown list, or as plain paragraphs.
 */
export function paragraph(random: Random, length: number, topics: readonly string[]): string {
  const target = Math.max(20, Math.round(length * (0.6 + random.next() * 0.8)));
  const sentences: string[] = [];
  let size = 0;
  while (size < target) {
    const s = sentence(random, topics);
    // Stop short rather than overshoot a short field by a whole sentence.
    if (sentences.length > 0 && size + s.length > target * 1.25) break;
    sentences.push(s);
    size += s.length;
  }
  switch (random.int(0, 2)) {
    case 0:
      return sentences.map((s) => `・${s}`).join('\n\n');
    case 1:
      return sentences.length > 1 ? sentences.map((s) => `- ${s}`).join('\n') : sentences[0]!;
    default:
      return sentences.join('');
  }
}

/** A one-line title such as 「〔合成〕防災の推進」. */
export function title(random: Random, topic: string): string {
  const suffix = random.pick(['の推進', 'の充実', 'の強化', 'の見直し', 'の実効性確保', 'による利便性の向上']);
  return `〔合成〕${topic}${suffix}`;
}
