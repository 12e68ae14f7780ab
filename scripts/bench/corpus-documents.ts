/**
 * Builds the synthetic documents of the benchmark corpus as plain objects in the form staff
 * write them (ratings as printed, fiscal years sometimes as 和暦 labels), so they go through
 * the same schema transforms as real content. Text lengths per field follow the two source
 * documents (/work/shared/seeds): e.g. 現状 ≈ 420 characters, 取組内容 ≈ 200.
 */
import { warekiFiscalYear } from '../../src/lib/wareki.ts';
import { documentTopics, paragraph, title } from './corpus-text.ts';
import type { Random } from './prng.ts';

/** Typical length in characters of each text field, measured on the source documents. */
export const FIELD_LENGTHS = {
  vision: 170, currentState: 420, causeAnalysis: 260, issues: 230, summary: 230,
  targetState: 200, direction: 300, outcomeIndicator: 110, outcomeRow: 70, strategyIssues: 120,
  activities: 200, performanceTarget: 60, withdrawalCriteria: 40, pastResults: 120,
  midtermIssues: 300, results: 200, achievementNote: 80, initiativeIssues: 100, improvements: 100,
  objective: 60, mainContent: 120, otherCities: 60, projectResults: 120, analysis: 200, projectDirection: 60,
  mission: 150, approach: 300, note: 40,
} as const;

type Yaml = Record<string, unknown>;

const COUNTERS = ['件', '人', '%', '回', '食分', 'か所', '台', '枚'] as const;

/** A fiscal year the way documents print it: mostly 2018, sometimes 「平成30年度」. */
function yearAsWritten(random: Random, year: number): number | string {
  return random.chance(0.3) ? warekiFiscalYear(year) : year;
}

/** One indicator series: a yearly time series (with some years missing) or a comparison. */
function indicatorSeries(random: Random, id: string, fiscalYear: number, topics: readonly string[]): Yaml {
  const topic = random.pick(topics);
  // A series keeps its unit from year to year (the years of a continuing report merge into one
  // series, and the content check rejects a changed unit): the unit follows from the id.
  random.pick(COUNTERS); // still drawn, so the rest of the corpus is what it was
  const unit = COUNTERS[Number(id.replace(/\D/g, '')) % COUNTERS.length]!;
  const scale = random.pick([10, 100, 1000, 100000]);
  if (random.chance(0.2)) {
    const count = random.int(3, 5);
    return {
      id,
      name: `〔合成〕${topic}の他都市比較`,
      unit,
      kind: 'comparison',
      categories: Array.from({ length: count }, (_, i) => ({
        label: `比較対象${i + 1}`,
        value: random.chance(0.1) ? null : random.int(1, scale),
        ...(i === 0 ? { highlight: true } : {}),
      })),
    };
  }
  const length = random.int(3, 6);
  const first = fiscalYear - length + 1;
  const series: Yaml = {
    id,
    name: `〔合成〕${topic}の件数`,
    unit,
    points: Array.from({ length }, (_, i) => ({
      fiscalYear: yearAsWritten(random, first + i),
      // A missing year stays null (データなし), never 0.
      value: random.chance(0.08) ? null : random.int(0, scale),
    })),
  };
  if (random.chance(0.4)) {
    series.targets = [{ fiscalYear: fiscalYear + 2, value: random.int(1, scale), direction: random.pick(['atMost', 'atLeast']), label: '〔合成〕目標値' }];
  }
  if (random.chance(0.3)) series.note = paragraph(random, FIELD_LENGTHS.note, [topic]);
  return series;
}

/**
 * Places 3–6 indicator series (at most `maxSeries`) on randomly chosen holders within one document.
 * Each series becomes a figure page, so tests that only need many reports keep builds short with a
 * low maximum (real documents have about one series per report).
 */
function distributeIndicators(random: Random, holders: Yaml[], fiscalYear: number, topics: readonly string[], maxSeries: number): void {
  const count = Math.min(random.int(3, 6), maxSeries);
  for (let i = 1; i <= count; i++) {
    const holder = random.pick(holders);
    const list = (holder.indicators as Yaml[] | undefined) ?? [];
    list.push(indicatorSeries(random, `series-${i}`, fiscalYear, topics));
    holder.indicators = list;
  }
}

function achievementCode(random: Random): string {
  return random.pick(['①(i)', '①(i)', '①(i)', '①(i)', '①(ii)', '②(i)', '②(ii)', '③']);
}

function initiative(random: Random, number: string, fiscalYear: number, topics: readonly string[]): Yaml {
  const topic = random.pick(topics);
  const unit = random.chance(0.9) ? '百万円' : '円';
  const amount = () => (random.chance(0.1) ? null : unit === '円' ? random.int(100_000, 9_999_999) : random.int(1, 500));
  const midterm = achievementCode(random);
  const final = achievementCode(random);
  const midEffect = random.pick(['○', '○', '○', '×', '－']);
  const finalEffect = random.pick(['○', '○', '○', '×', '－']);
  // 課題・改善策 are required by the documents when the rating is ②, ③ or ×.
  const needsExplanation = (code: string, effect: string) => !code.startsWith('①') || effect === '×';
  return {
    number,
    title: title(random, topic),
    budget: [
      { fiscalYear: yearAsWritten(random, fiscalYear - 2), kind: '決算', amount: amount(), unit },
      { fiscalYear: yearAsWritten(random, fiscalYear - 1), kind: '予算', amount: amount(), unit },
      { fiscalYear: yearAsWritten(random, fiscalYear), kind: '予算', amount: amount(), unit },
    ],
    plan: {
      activities: paragraph(random, FIELD_LENGTHS.activities, topics),
      performanceTarget: paragraph(random, FIELD_LENGTHS.performanceTarget, topics),
      withdrawalCriteria: paragraph(random, FIELD_LENGTHS.withdrawalCriteria, topics),
      pastResults: paragraph(random, FIELD_LENGTHS.pastResults, topics),
    },
    midtermReview: {
      achievement: midterm,
      ...(needsExplanation(midterm, midEffect) || random.chance(0.3) ? { issuesAndImprovements: paragraph(random, FIELD_LENGTHS.midtermIssues, topics) } : {}),
      effectiveness: midEffect,
    },
    selfEvaluation: {
      results: paragraph(random, FIELD_LENGTHS.results, topics),
      ...(random.chance(0.5) ? { achievementNote: paragraph(random, FIELD_LENGTHS.achievementNote, topics) } : {}),
      achievement: final,
      ...(needsExplanation(final, finalEffect) ? { issues: paragraph(random, FIELD_LENGTHS.initiativeIssues, topics), improvements: paragraph(random, FIELD_LENGTHS.improvements, topics) } : {}),
      effectiveness: finalEffect,
    },
  };
}

function strategy(random: Random, number: string, fiscalYear: number, topics: readonly string[]): Yaml {
  const topic = random.pick(topics);
  const effective = random.chance(0.85);
  const status = () => random.pick(['A', 'A', 'A', 'B']);
  return {
    number,
    title: title(random, topic),
    plan: {
      targetState: paragraph(random, FIELD_LENGTHS.targetState, topics),
      direction: paragraph(random, FIELD_LENGTHS.direction, topics),
      outcomeIndicator: paragraph(random, FIELD_LENGTHS.outcomeIndicator, topics),
    },
    selfEvaluation: {
      effectiveness: effective ? 'ア' : 'イ',
      ...(effective ? {} : { issues: paragraph(random, FIELD_LENGTHS.strategyIssues, topics) }),
      outcomes: Array.from({ length: random.int(1, 3) }, () => ({
        description: paragraph(random, FIELD_LENGTHS.outcomeRow, topics),
        previousYear: random.chance(0.3) ? null : status(),
        individual: status(),
        overall: status(),
      })),
      progress: random.pick(['a', 'a', 'a', 'b']),
      ...(effective ? {} : { nextSteps: paragraph(random, FIELD_LENGTHS.strategyIssues, topics) }),
    },
    initiatives: Array.from({ length: random.int(1, 2) }, (_, i) => initiative(random, `${number}-${i + 1}`, fiscalYear, topics)),
  };
}

/** 運営方針の経営課題 (content/<org>/<year>/keiei-kadai-N.yaml). */
export function managementIssue(random: Random, organization: string, fiscalYear: number, number: number, maxSeries = Infinity): Yaml {
  const topics = documentTopics(random);
  const topic = topics[0]!;
  const doc: Yaml = {
    organization,
    fiscalYear,
    number,
    title: title(random, topic),
    plan: {
      vision: paragraph(random, FIELD_LENGTHS.vision, topics),
      currentState: paragraph(random, FIELD_LENGTHS.currentState, topics),
      causeAnalysis: paragraph(random, FIELD_LENGTHS.causeAnalysis, topics),
      issues: paragraph(random, FIELD_LENGTHS.issues, topics),
    },
    selfEvaluation: { summary: paragraph(random, FIELD_LENGTHS.summary, topics) },
    strategies: Array.from({ length: random.int(1, 2) }, (_, i) => strategy(random, `${number}-${i + 1}`, fiscalYear, topics)),
  };
  const strategies = doc.strategies as Yaml[];
  const initiatives = strategies.flatMap((s) => s.initiatives as Yaml[]);
  distributeIndicators(random, [doc, ...strategies, ...initiatives], fiscalYear, topics, maxSeries);
  return doc;
}

function money(random: Random, max: number): Yaml {
  return { amount: random.chance(0.05) ? null : random.int(0, max), unit: '百万円' };
}

function project(random: Random, number: number, topics: readonly string[]): Yaml {
  const topic = random.pick(topics);
  const staff = random.int(1, 300) / 100;
  const cost = () => (random.chance(0.1) ? null : random.int(1, 200) / 10);
  return {
    number,
    ...(random.chance(0.15) ? { isNew: true } : {}),
    name: `〔合成〕${topic}事業`,
    objective: paragraph(random, FIELD_LENGTHS.objective, topics),
    mainContent: paragraph(random, FIELD_LENGTHS.mainContent, topics),
    ...(random.chance(0.7) ? { otherCities: paragraph(random, FIELD_LENGTHS.otherCities, topics) } : {}),
    resources: {
      people: { description: `職員${staff}人`, staff, cost: cost() },
      things: { ...(random.chance(0.5) ? { description: `〔合成〕${topic}に係る施設` } : {}), cost: cost() },
      money: {
        total: money(random, 900),
        generalFund: money(random, 500),
        mainItems: Array.from({ length: random.int(0, 3) }, (_, i) => ({ name: `〔合成〕項目${i + 1}`, amount: random.int(1, 300), unit: '百万円' })),
        cost: cost(),
      },
    },
    totalCost: cost(),
    ...(random.chance(0.8) ? { previousSettlement: { total: money(random, 900), generalFund: money(random, 500) } } : {}),
    results: paragraph(random, FIELD_LENGTHS.projectResults, topics),
    analysis: paragraph(random, FIELD_LENGTHS.analysis, topics),
    methods: Array.from(new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(['①', '②', '③', '④', '⑤', '⑥', '⑧'])))),
    direction: paragraph(random, FIELD_LENGTHS.projectDirection, topics),
    division: `〔合成〕${topic}課`,
  };
}

/** 戦略シートの施策 (content/<org>/<year>/shisaku-<code>.yaml). */
export function measure(random: Random, organization: string, fiscalYear: number, code: string, maxSeries = Infinity): Yaml {
  const topics = documentTopics(random);
  const topic = topics[0]!;
  const projects = Array.from({ length: random.int(2, 4) }, (_, i) => project(random, i + 1, topics));
  distributeIndicators(random, projects, fiscalYear, topics, maxSeries);
  return { organization, fiscalYear, code, name: title(random, topic), projects };
}

/** 戦略シートの表紙 (content/<org>/<year>/sheet.yaml). */
export function strategySheet(random: Random, organization: string, fiscalYear: number, bureau: string): Yaml {
  return {
    organization,
    fiscalYear,
    bureau,
    director: '〔合成〕局長',
    mission: paragraph(random, FIELD_LENGTHS.mission, documentTopics(random)),
    approach: paragraph(random, FIELD_LENGTHS.approach, documentTopics(random)),
  };
}
