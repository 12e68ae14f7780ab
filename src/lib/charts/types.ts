import type { ChartKind } from './series.ts';

export interface ChartOptions {
  /** Prefix for the ids inside the SVG (title, desc, pattern); must be unique on the page. */
  idPrefix: string;
  /**
   * Labels with a white halo where they cross a line or a bar (default). The share image leaves it
   * out: drawing the halo is a third of its rasterising time, and the labels are placed clear of
   * the marks anyway (placement.ts).
   */
  halo?: boolean;
}

/** A drawn chart: the SVG markup and the sentence that says what it shows. */
export interface ChartOutput {
  kind: Exclude<ChartKind, 'figure'>;
  svg: string;
  summary: string;
}
