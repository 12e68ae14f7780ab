/**
 * The frame shared by year-based charts: unit label top left, value axis on the left, year
 * labels under the plot, legend below.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Plot } from './axes.ts';
import { valueAxisWidth } from './axes.ts';
import { textBox, type Box } from './boxes.ts';
import { CHART_LABELS } from './labels.ts';
import { text } from './svg.ts';
import { FONT_SIZE, LINE_HEIGHT, TEXT_ASCENT, VIEW_WIDTH } from './theme.ts';

/**
 * The unit label's line (its box ends at 22), then room for the value label of a marker at the
 * very top of the plot (7.5 above the marker, 20.3 tall, with air), so that label never has to
 * give way to the unit label.
 */
const PLOT_TOP = 54;
const PLOT_HEIGHT = 130;
/** Gap kept between neighbouring value labels. */
const LABEL_GAP = 4;

export interface Frame {
  plot: Plot;
  /** Baseline of the year labels */
  yearLabelY: number;
  /** Top of the legend area */
  legendTop: number;
  /**
   * Value labels are wider than the space per year, so they need two heights: the plot moves
   * down one line to leave room for the upper one.
   */
  stagger: boolean;
}

/**
 * Lays out the frame for a value scale (only its domain is used; its range is set here) and
 * the number of year slots.
 */
export function layoutFrame(scale: ScaleLinear<number, number>, slots: number, widestValueLabel: number): Frame {
  // The height first: it decides which ticks are labelled, and so how wide the axis is.
  scale.range([PLOT_TOP + PLOT_HEIGHT, PLOT_TOP]);
  const left = Math.ceil(valueAxisWidth(scale)) + 10;
  const right = VIEW_WIDTH - 6;
  const space = (right - left) / Math.max(1, slots);
  const stagger = widestValueLabel + LABEL_GAP > space;
  const top = PLOT_TOP + (stagger ? LINE_HEIGHT : 0);
  const bottom = top + PLOT_HEIGHT;
  scale.range([bottom, top]);
  const yearLabelY = bottom + FONT_SIZE + 6;
  return { plot: { left, right, top, bottom }, yearLabelY, legendTop: yearLabelY + 10, stagger };
}

/** Where value, target and missing-data labels may stand: the drawing above the year labels. */
export function labelBounds(frame: Frame): Box {
  return { x0: 0, y0: 0, x1: VIEW_WIDTH, y1: frame.yearLabelY - TEXT_ASCENT - 1 };
}

/** Baseline of the unit label: its whole text box inside the drawing. */
const UNIT_Y = Math.ceil(TEXT_ASCENT) + 1;

/** 「単位：件」 above the value axis. */
export function unitLabel(unit: string): string {
  return text(2, UNIT_Y, `${CHART_LABELS.unitPrefix}${unit}`, 'start');
}

export function unitLabelBox(unit: string): Box {
  return textBox(2, UNIT_Y, `${CHART_LABELS.unitPrefix}${unit}`, 'start');
}
