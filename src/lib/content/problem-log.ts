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
    }
    const fixed = [...shown].filter((line) => !lines.includes(line));
    if (fixed.length > 0) {
      // Say what is left, so staff know whether the build would go through now.
      if (lines.length === 0) printer().info('コンテンツの問題はすべて解消しました / all content problems are fixed');
      else if (!problems.some((p) => p.severity === 'error')) printer().info('コンテンツのエラーはすべて解消しました（警告は残っています） / all content errors are fixed (warnings remain)');
      else printer().info(`${fixed.length} 件の問題が解消しました / ${fixed.length} problem(s) fixed`);
    }
    shown = new Set(lines);
  };
}
