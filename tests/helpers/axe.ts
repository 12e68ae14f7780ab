/**
 * Runs axe-core inside a Playwright page against WCAG 2.2 level AA (JIS X 8341-3:2016 AA) rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: { target: string; failureSummary: string }[];
}

export interface AxeOutcome {
  violations: AxeViolation[];
  /** Rules axe could not decide (e.g. contrast over images): listed for manual review, not failed. */
  incomplete: { rule: string; nodes: number }[];
}

export async function runAxe(page: Page): Promise<AxeOutcome> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    // axe is the global installed by the script tag above.
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeRawResults> } }).axe;
    interface AxeRawNode { target: unknown[]; failureSummary?: string }
    interface AxeRawResult { id: string; impact?: string | null; help: string; nodes: AxeRawNode[] }
    interface AxeRawResults { violations: AxeRawResult[]; incomplete: AxeRawResult[] }
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    return {
      violations: results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), failureSummary: n.failureSummary ?? '' })),
      })),
      incomplete: results.incomplete.map((v) => ({ rule: v.id, nodes: v.nodes.length })),
    };
  }, WCAG_AA_TAGS);
}

/** One line per failing node: rule id, page URL, node target and axe's failure summary. */
export function formatViolations(url: string, violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.rule} (${v.impact ?? 'n/a'}) on ${url} at ${n.target}: ${v.help}. ${n.failureSummary.replace(/\s+/g, ' ').trim()}`),
  );
}
