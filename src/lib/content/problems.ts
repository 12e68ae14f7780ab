/**
 * A problem found in a content file, addressed the way staff look for it:
 * file, line and column, the field path, and a message in Japanese (English alongside).
 */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the project (or absolute when outside it), forward slashes */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file */
  line: number;
  column: number;
  /** Field path such as strategies.0.selfEvaluation.effectiveness ('' for the whole file) */
  field: string;
  /** The same place in the document's terms: 「戦略 3-1 › 自己評価 › 戦略のアウトカムに対する有効性」 (src/lib/content/place-name.ts) */
  place?: string;
  message: string;
}

/** Where in the file, as people read it: the document's terms first, the YAML path after them. */
export function problemPlace(p: ContentProblem): string {
  if (!p.field) return p.line > 0 ? '-' : '(ファイル全体)';
  return p.place && p.place !== p.field ? `${p.place} (${p.field})` : p.field;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  const level = p.severity === 'error' ? 'エラー' : '警告';
  // No field: either the whole file (no position) or a spot that is not inside a value (YAML syntax).
  return `${where}  ${problemPlace(p)}  ${level}: ${p.message}`;
}

export function formatReport(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  lines.push(`エラー ${errors} 件、警告 ${warnings} 件 / ${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n');
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Thrown by the loader so Astro stops; its message is the people-readable report. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(`コンテンツに誤りがあります / content has errors:\n${formatReport(problems)}`);
    this.name = 'ContentError';
  }
}
