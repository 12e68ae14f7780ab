/**
 * Prints content problems to the terminal once each. The dev server re-reads the content for
 * every collection and on every save; without this, one mistake was printed again and again.
 * A problem is printed when it first appears, and again only if it was fixed and came back.
 *
 * A problem counts as fixed only when it is: a file with an error is not checked any further (its
 * warnings are not looked for), so a warning that vanishes while its file has an error is still
 * there, just unseen. It stays remembered, and is neither reported fixed nor printed again.
 */
import { formatProblem, type ContentProblem } from './problems.ts';

export interface ProblemPrinter {
  warn(text: string): void;
  info(text: string): void;
}

export function createProblemLog(printer: () => ProblemPrinter): (problems: readonly ContentProblem[]) => void {
  /** Printed line → the file it belongs to */
  let shown = new Map<string, string>();
  return (problems) => {
    const current = new Map(problems.map((p) => [formatProblem(p), p.file]));
    const fresh = [...current.keys()].filter((line) => !shown.has(line));
    if (fresh.length > 0) {
      printer().warn(`コンテンツの問題（ブラウザの各ページにも表示しています） / content problems (also shown on every page in the browser):\n${fresh.join('\n')}`);
    }
    const filesWithErrors = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
    const gone = [...shown].filter(([line]) => !current.has(line));
    const hidden = gone.filter(([, file]) => filesWithErrors.has(file));
    const fixed = gone.length - hidden.length;
    if (fixed > 0) {
      // Say what is left, so staff know whether the build would go through now.
      if (current.size === 0) printer().info('コンテンツの問題はすべて解消しました / all content problems are fixed');
      else if (filesWithErrors.size === 0) printer().info('コンテンツのエラーはすべて解消しました（警告は残っています） / all content errors are fixed (warnings remain)');
      else printer().info(`${fixed} 件の問題が解消しました / ${fixed} problem(s) fixed`);
    }
    shown = new Map([...current, ...hidden]);
  };
}
