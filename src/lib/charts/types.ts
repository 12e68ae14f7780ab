import type { ChartKind } from './series.ts';

export interface ChartOptions {
  /** Prefix for the ids inside the SVG (title, desc, pattern); must be unique on the page. */
  idPrefix: string;
}

/** A drawn chart: the SVG markup and the sentence that says what it shows. */
export interface ChartOutput {
  kind: Exclude<ChartKind, 'figure'>;
  svg: string;
  summary: string;
}
