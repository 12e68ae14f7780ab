/**
 * Axes drawn as plain SVG (d3-axis needs a DOM): value ticks come from the scale's own
 * ticks(), year labels are 和暦 (H27), thinned when they would collide.
 */
import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '../format.ts';
import { shortWarekiFiscalYear } from '../wareki.ts';
import { textBox, type Box } from './boxes.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, LINE_HEIGHT } from './theme.ts';
import { text, type Anchor } from './svg.ts';
import { estimateTextWidth } from './text.ts';

const TICK_COUNT = 5;

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The value ticks of a scale, the same numbers the grid and labels are drawn at. Along a vertical
 * axis (minSpacing = LINE_HEIGHT) fewer, rounder ticks are taken until their labels stand a line
 * apart: 0, 10, 20, 30 rather than 0, 5, … 35 crowded into the same height.
 */
export function valueTicks(scale: ScaleLinear<number, number>, minSpacing = 0): number[] {
  for (let count = TICK_COUNT; count > 1; count--) {
    const ticks = scale.ticks(count);
    const spacing = ticks.length > 1 ? Math.abs(scale(ticks[1]!) - scale(ticks[0]!)) : Infinity;
    if (spacing >= minSpacing) return ticks;
  }
  return scale.ticks(1);
}

/** Width the value-axis labels need, so the plot can start right after them. */
export function valueAxisWidth(scale: ScaleLinear<number, number>): number {
  return Math.max(...valueTicks(scale, LINE_HEIGHT).map((t) => estimateTextWidth(formatNumber(t), FONT_SIZE)));
}

/** A line of axis text with its box, so labels placed later can keep clear of it. */
export interface AxisLabel {
  markup: string;
  box: Box;
}

function axisLabel(x: number, y: number, content: string, anchor: Anchor): AxisLabel {
  return { markup: text(x, y, content, anchor), box: textBox(x, y, content, anchor) };
}

export interface ValueAxis {
  /** Grid lines at the ticks (drawn under the data) */
  grid: string;
  /** The zero baseline (drawn over bars, so every bar visibly starts at zero) */
  baseline: string;
  labels: string[];
  /** Where the labels are */
  boxes: Box[];
}

/** Horizontal grid lines with labels at the left, and a solid zero baseline. */
export function horizontalValueAxis(scale: ScaleLinear<number, number>, plot: Plot): ValueAxis {
  const ticks = valueTicks(scale, LINE_HEIGHT);
  const grid = ticks
    .filter((t) => t !== 0)
    .map((t) => `M${r1(plot.left)} ${r1(scale(t))}H${r1(plot.right)}`)
    .join('');
  const zero = scale(0);
  const labels = ticks.map((t) => axisLabel(plot.left - 6, scale(t) + FONT_SIZE * 0.35, formatNumber(t), 'end'));
  return {
    grid: gridPath(grid),
    baseline: baselinePath(`M${r1(plot.left)} ${r1(zero)}H${r1(plot.right)}`),
    labels: labels.map((l) => l.markup),
    boxes: labels.map((l) => l.box),
  };
}

/** Vertical grid lines with labels below, for horizontal bars; a solid zero line. */
export function verticalValueAxis(scale: ScaleLinear<number, number>, plot: Plot): ValueAxis {
  const ticks = valueTicks(scale);
  const grid = ticks
    .filter((t) => t !== 0)
    .map((t) => `M${r1(scale(t))} ${r1(plot.top)}V${r1(plot.bottom)}`)
    .join('');
  const zero = scale(0);
  const spacing = ticks.length > 1 ? Math.abs(scale(ticks[1]!) - scale(ticks[0]!)) : Infinity;
  const widest = Math.max(...ticks.map((t) => estimateTextWidth(formatNumber(t), FONT_SIZE)));
  const step = Math.max(1, Math.ceil((widest + 6) / spacing));
  const labels = ticks
    .filter((_, i) => i % step === 0)
    .map((t) => axisLabel(scale(t), plot.bottom + FONT_SIZE + 4, formatNumber(t), 'middle'));
  return {
    grid: gridPath(grid),
    baseline: baselinePath(`M${r1(zero)} ${r1(plot.top)}V${r1(plot.bottom)}`),
    labels: labels.map((l) => l.markup),
    boxes: labels.map((l) => l.box),
  };
}

/**
 * 和暦 labels under the plot for the given years. Labels that would overlap the one before are
 * left out (the table lists every year), but the last year is always labelled: where it meets
 * the previous label, that previous one gives way. A label is kept between minX (clear of the
 * value axis labels) and maxX (the drawing's edge), nudged inwards from its year if need be.
 */
export function yearLabels(years: readonly number[], x: (year: number) => number, y: number, minX: number, maxX: number): AxisLabel[] {
  const placed: { x: number; label: string; half: number }[] = [];
  const fits = (a: { x: number; half: number }, b: { x: number; half: number }): boolean => Math.abs(a.x - b.x) >= a.half + b.half + 6;
  years.forEach((year, i) => {
    const label = shortWarekiFiscalYear(year);
    const half = estimateTextWidth(label, FONT_SIZE) / 2;
    const candidate = { x: Math.min(Math.max(x(year), minX + half), maxX - half), label, half };
    const previous = placed[placed.length - 1];
    if (!previous || fits(previous, candidate)) {
      placed.push(candidate);
    } else if (i === years.length - 1) {
      placed.pop();
      placed.push(candidate);
    }
  });
  return placed.map((p) => axisLabel(p.x, y, p.label, 'middle'));
}

function gridPath(d: string): string {
  return d ? `<path class="${CHART_CLASS.grid}" d="${d}" stroke="${COLORS.grid}" stroke-width="1" fill="none"/>` : '';
}

function baselinePath(d: string): string {
  return `<path class="${CHART_CLASS.axis}" d="${d}" stroke="${COLORS.axis}" stroke-width="1.5" fill="none"/>`;
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
