/**
 * Prints content problems to the terminal once each. The dev server re-reads the content for
 * every collection and on every save; without this, one mistake was printed again and again.
 * A problem is printed when it first appears, and again only if it was fixed and came back.
 */
import { formatProblem, type ContentProblem } from './problems.ts';

export interface ProblemPrinter {
  warn(text: string): void;
  info(text: string): void;
}

export function createProblemLog(printer: () => ProblemPrinter): (problems: readonly ContentProblem[]) => void {
  let shown = new Set<string>();
  return (problems) => {
    const lines = [...new Set(problems.map(formatProblem))];
    const fresh = lines.filter((line) => !shown.has(line));
    if (fresh.length > 0) {
      printer().warn(`コンテンツの問題（ブラウザの各ページにも表示しています） / content problems (also shown on every page in the browser):\n${fresh.join('\n')}`);
    } else if (lines.length === 0 && shown.size > 0) {
      printer().info('コンテンツの問題はすべて解消しました / all content problems are fixed');
    }
    shown = new Set(lines);
  };
}
