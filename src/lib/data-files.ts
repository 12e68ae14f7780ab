/**
 * The data downloads next to report pages and continuing-report pages, as text: report.json,
 * indicators.csv, each figure's data.csv and data.json, each merged series' CSV. The routes in
 * src/pages serve them in the dev server; a production build writes the same text as files
 * (reportDataFiles, continuingDataFiles) from the build process (scripts/build/data-files.ts).
 */
import { mergedSeriesCsv } from './continuity/csv.ts';
import { figureContextOf, figureJson } from './figures.ts';
import { LABELS } from './labels.ts';
import { indicatorCsv, seriesOf } from './open-data.ts';
import { organizationDisplayName } from './organizations.ts';
import { reportJsonText } from './report-json.ts';
import { managementIssueTitle, measureTitle } from './reports.ts';
import { shareImageSvg, standaloneChartSvg, type ShareImageText } from './share-image.ts';
import { formatFiscalYear } from './wareki.ts';
import { continuingSeriesPropsOf, figurePropsOf, reportParams, type ContinuingProps, type ContinuingSeriesProps, type FigureProps, type ReportProps } from './report-props.ts';

/** indicators.csv: the report's indicator series (UTF-8 with BOM). */
export function indicatorsCsvText(report: ReportProps): string {
  const documentType = report.kind === 'managementIssue' ? LABELS.documentType.managementPolicy : LABELS.documentType.strategySheet;
  const title = report.kind === 'managementIssue' ? managementIssueTitle(report.doc) : measureTitle(report.doc);
  return indicatorCsv({ organization: organizationDisplayName(report.org), documentType, fiscalYear: report.doc.fiscalYear, report: title, revisions: report.otherYears?.revisions }, seriesOf(report));
}

/** figures/<indicator>/data.csv: one figure's data, in the report CSV's format. */
export function figureCsvText(figure: FigureProps, site: URL | undefined): string {
  const context = figureContextOf(figure, site);
  return indicatorCsv({ organization: context.organization, documentType: context.documentType, fiscalYear: context.fiscalYear, report: context.reportTitle, revisions: figure.otherYears?.revisions }, [figure.location]);
}

/** figures/<indicator>/data.json: one figure's source, series and citation. */
export function figureJsonText(figure: FigureProps, site: URL | undefined): string {
  return figureJson(figureContextOf(figure, site), figure.location.series, figure.otherYears?.revisions?.[figure.location.series.id]);
}

/** /<org>/<continuing report>/<indicator>.csv: one indicator merged over all years' documents, with sources. */
export function continuingSeriesCsvText({ org, chain, reports, merged }: ContinuingSeriesProps): string {
  const titleOf = (year: number) => chain.members.find((m) => m.fiscalYear === year)?.title ?? '';
  const noteOf = (year: number) => {
    const report = reports.find((r) => r.fiscalYear === year)?.report;
    return report ? seriesOf(report).find((l) => l.series.id === merged.id && l.series.unit === merged.unit)?.series.note : undefined;
  };
  const documentType = chain.kind === 'managementIssue' ? LABELS.documentType.managementPolicy : LABELS.documentType.strategySheet;
  return mergedSeriesCsv({ organization: organizationDisplayName(org), documentType, titleOf, noteOf }, merged);
}

export interface DataFile {
  /** Path in the site, without a leading slash */
  path: string;
  text: string;
}

/** A share image to draw: its path in the site and its SVG (rasterised by src/lib/share-image-png.ts). */
export interface ImageFile {
  path: string;
  svg: string;
}

/** The text of a figure's share image: its name, organisation, document and year, report, site. */
export function figureShareText(figure: FigureProps): ShareImageText {
  const context = figureContextOf(figure, undefined);
  return { title: figure.location.series.name, organization: context.organization, document: `${context.documentType} ${formatFiscalYear(context.fiscalYear)}`, report: `${context.reportTitle}（${context.place}）`, siteName: context.site.name };
}

/** Each figure's share image (figures/<indicator>/chart.png, 1200 × 630): the og:image of its page and of its report's. */
export function reportImageFiles(report: ReportProps): ImageFile[] {
  const { org, year, report: slug } = reportParams(report);
  return figurePropsOf(report).map((figure) => ({ path: `${org}/${year}/${slug}/figures/${figure.location.series.id}/chart.png`, svg: shareImageSvg(figure.location.series, figureShareText(figure)) }));
}

/** Every data file of one report page and its figure pages. `site`: the site's address (absolute URLs in citations). */
export function reportDataFiles(report: ReportProps, site: URL | undefined): DataFile[] {
  const { org, year, report: slug } = reportParams(report);
  const folder = `${org}/${year}/${slug}`;
  return [
    { path: `${folder}/report.json`, text: reportJsonText(report) },
    { path: `${folder}/indicators.csv`, text: indicatorsCsvText(report) },
    ...figurePropsOf(report).flatMap((figure) => {
      const chart = standaloneChartSvg(figure.location.series);
      return [
        { path: `${folder}/figures/${figure.location.series.id}/data.csv`, text: figureCsvText(figure, site) },
        { path: `${folder}/figures/${figure.location.series.id}/data.json`, text: figureJsonText(figure, site) },
        ...(chart ? [{ path: `${folder}/figures/${figure.location.series.id}/chart.svg`, text: chart }] : []),
      ];
    }),
  ];
}

/** Every merged-series CSV of one continuing-report page. */
export function continuingDataFiles(props: ContinuingProps): DataFile[] {
  return continuingSeriesPropsOf(props).map((series) => ({ path: `${props.chain.organization}/${props.chain.id}/${series.merged.id}.csv`, text: continuingSeriesCsvText(series) }));
}
