/**
 * Horizontal bar chart for a comparison: one row per category with its label above the bar,
 * so labels of any length fit on a narrow screen. Bars start at zero; the value is written at the end of
 * each bar; a highlighted category is hatched, outlined and labelled (「（本市）」 or the document's words), so it does
 * not depend on colour; a missing value is written as 「データなし」 where the bar would be.
 */
import type { IndicatorSeries } from '../../schemas/indicator.ts';
import { formatNumber } from '../format.ts';
import { verticalValueAxis, type Plot } from './axes.ts';
import { centredBaseline } from './boxes.ts';
import { unitLabel } from './frame.ts';
import { categoryLabel, CHART_LABELS } from './labels.ts';
import { chartIds, labelGroup, r, svgDocument, text } from './svg.ts';
import { chartTitle, isKnown, valueScale } from './series.ts';
import { summarizeComparison } from './summary.ts';
import { CHART_CLASS, COLORS, FONT_SIZE, LINE_HEIGHT, TEXT_ASCENT, TEXT_DESCENT, VIEW_WIDTH } from './theme.ts';
import { estimateTextWidth, wrapText } from './text.ts';
import type { ChartOptions, ChartOutput } from './types.ts';

const ROWS_TOP = 28;
const BAR_HEIGHT = 18;
const ROW_GAP = 12;
/** Air between a category's label and its bar */
const LABEL_GAP = 3;

export function renderBarChart(series: IndicatorSeries, options: ChartOptions): ChartOutput {
  const ids = chartIds(options.idPrefix);
  const categories = series.categories;
  const known = categories.filter(isKnown);
  const valueLabelWidth = Math.max(...known.map((c) => estimateTextWidth(formatNumber(c.value, series.decimals), FONT_SIZE)));
  const hasNegative = known.some((c) => c.value < 0);
  // Room for half the 「0」 under the zero line, or for the labels of negative bars.
  const left = 6 + (hasNegative ? valueLabelWidth + 6 : 0);
  const x = valueScale(
    known.map((c) => c.value),
    [left, VIEW_WIDTH - 6 - valueLabelWidth - 6],
  );
  const zero = x(0);

  let y = ROWS_TOP;
  const plain: string[] = [];
  const highlighted: string[] = [];
  const labels: string[] = [];
  const strongLabels: string[] = [];
  const barRows: number[] = [];
  for (const category of categories) {
    const lines = wrapText(categoryLabel(category), VIEW_WIDTH - 8, FONT_SIZE);
    const target = category.highlight ? strongLabels : labels;
    // Each line's whole text box above the bar, so a value written beside a short bar never meets it.
    lines.forEach((line, i) => target.push(text(4, y + TEXT_ASCENT + i * LINE_HEIGHT, line, 'start')));
    const barTop = y + TEXT_ASCENT + (lines.length - 1) * LINE_HEIGHT + TEXT_DESCENT + LABEL_GAP;
    barRows.push(barTop);
    const valueY = centredBaseline(barTop + BAR_HEIGHT / 2);
    if (category.value === null) {
      labels.push(text(zero + 4, valueY, CHART_LABELS.noData, 'start'));
    } else {
      const end = x(category.value);
      const rect = `<rect x="${r(Math.min(end, zero))}" y="${r(barTop)}" width="${r(Math.abs(end - zero))}" height="${BAR_HEIGHT}"/>`;
      (category.highlight ? highlighted : plain).push(rect);
      labels.push(category.value >= 0 ? text(end + 5, valueY, formatNumber(category.value, series.decimals), 'start') : text(end - 5, valueY, formatNumber(category.value, series.decimals), 'end'));
    }
    y = barTop + BAR_HEIGHT + ROW_GAP;
  }
  const plot: Plot = { left, right: x.range()[1]!, top: ROWS_TOP, bottom: y - ROW_GAP / 2 };
  const axis = verticalValueAxis(x, plot);
  // The zero line is drawn beside each bar rather than through the category labels above them.
  const baseline = `<path class="${CHART_CLASS.axis}" d="${barRows.map((top) => `M${r(zero)} ${r(top - 3)}V${r(top + BAR_HEIGHT + 3)}`).join('')}" stroke="${COLORS.axis}" stroke-width="1.5" fill="none"/>`;

  const defs =
    highlighted.length > 0
      ? `<pattern id="${ids.hatch}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
        `<rect class="${CHART_CLASS.hatchBackground}" width="6" height="6" fill="${COLORS.background}"/>` +
        `<path class="${CHART_CLASS.hatch}" d="M1.5 0V6" stroke="${COLORS.series}" stroke-width="3"/></pattern>`
      : undefined;

  const body =
    axis.grid +
    (plain.length > 0 ? `<g class="${CHART_CLASS.bar}" fill="${COLORS.series}">${plain.join('')}</g>` : '') +
    (highlighted.length > 0
      ? `<g class="${CHART_CLASS.highlight}" fill="url(#${ids.hatch})" stroke="${COLORS.ink}" stroke-width="2">${highlighted.join('')}</g>`
      : '') +
    baseline +
    (options.labelHalo === 'marks'
      ? labelGroup([unitLabel(series.unit), ...axis.labels], { halo: false }) + labelGroup(labels)
      : labelGroup([unitLabel(series.unit), ...labels, ...axis.labels])) +
    labelGroup(strongLabels, { bold: true });

  const summary = summarizeComparison(series);
  const svg = svgDocument({
    idPrefix: options.idPrefix,
    width: VIEW_WIDTH,
    height: plot.bottom + FONT_SIZE + 10,
    title: chartTitle(series),
    desc: `${CHART_LABELS.chartType.bars}。${summary}`,
    defs,
    body,
  });
  return { kind: 'bars', svg, summary };
}
