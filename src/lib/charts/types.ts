import type { ChartKind } from './series.ts';

export interface ChartOptions {
  /** Prefix for the ids inside the SVG (title, desc, pattern); must be unique on the page. */
  idPrefix: string;
  /**
   * Which labels get a white halo where they cross a line or a bar: `all` (default) or `marks`,
   * only the labels among the marks (values, targets, bar categories), which may lie on a grid
   * line. The share image uses `marks`: stroking every glyph's outline is a large part of its
   * rasterising time, and the axis, unit and legend labels stand outside the plot.
   */
  labelHalo?: 'all' | 'marks';
}

/** A drawn chart: the SVG markup and the sentence that says what it shows. */
export interface ChartOutput {
  kind: Exclude<ChartKind, 'figure'>;
  svg: string;
  summary: string;
}
