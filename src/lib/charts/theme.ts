/**
 * Drawing constants shared by every chart.
 *
 * Size: charts are drawn in a 280-unit-wide viewBox and scaled to the width of their column
 * (the component caps them at 26rem). On a 320px screen that column is 288px, or about 254px
 * inside a padded report section, so 14-unit text renders at 12.7px or more; any column of
 * 240px or wider keeps it at 12px. Every text in a chart uses FONT_SIZE.
 *
 * Colour: all marks are at least 3:1 against white (text at least 4.5:1), and nothing relies
 * on colour alone — targets are dashed with diamond markers, highlighted bars are hatched and
 * labelled. The component overrides these colours for forced-colours mode and print through
 * the class names in CHART_CLASS.
 */
export const VIEW_WIDTH = 280;
export const FONT_SIZE = 14;
/**
 * How far a line of chart text reaches above and below its baseline, in user units. Browsers
 * measure a text's box from the font's ascent and descent, not from its glyphs: Chromium gives
 * 1.154em and 0.288em with Noto Sans CJK JP, so the box of 14-unit text is 20.2 units tall.
 * Labels are placed with these so that no two boxes meet on screen.
 */
export const TEXT_ASCENT = 1.16 * FONT_SIZE;
export const TEXT_DESCENT = 0.29 * FONT_SIZE;
/** Baseline to baseline for stacked lines of text: the text box plus a unit of air. */
export const LINE_HEIGHT = 21;
/** Halo behind chart text, so labels over lines stay readable and contrast can be checked. */
export const HALO_WIDTH = 4;

export const COLORS = {
  /** Text and axis ink, 17:1 on white */
  ink: '#1a1a1a',
  /** Series lines, markers and bars, 7.9:1 on white */
  series: '#0a4ea3',
  /** Target lines and markers, 7.2:1 on white */
  target: '#a4141e',
  /** Grid lines: decoration only, the values are labelled directly */
  grid: '#d0d0d0',
  /** Zero baseline and missing-value guides, 4.5:1 on white */
  axis: '#767676',
  background: '#ffffff',
} as const;

/** Class names the component's stylesheet uses to restyle charts for forced colours and print. */
export const CHART_CLASS = {
  text: 'chart-text',
  grid: 'chart-grid',
  axis: 'chart-axis',
  line: 'chart-line',
  marker: 'chart-marker',
  bar: 'chart-bar',
  highlight: 'chart-bar-highlight',
  hatch: 'chart-hatch',
  hatchBackground: 'chart-hatch-bg',
  target: 'chart-target',
  targetMarker: 'chart-target-marker',
  missing: 'chart-missing',
  leader: 'chart-leader',
} as const;
