/**
 * A figure page's words and data: the ready-made citation, and the figure as JSON. The CSV uses
 * the report's own CSV format (open-data.ts) restricted to this series.
 */
import type { IndicatorSeries } from '../schemas/indicator.ts';
import { LABELS } from './labels.ts';
import { evaluateTarget } from './rating-check.ts';
import { warekiFiscalYear, formatFiscalYear } from './wareki.ts';
import { organizationDisplayName } from './organizations.ts';
import { managementIssueTitle, measureTitle } from './reports.ts';
import type { FigureProps } from './report-props.ts';
import { absoluteUrl, figureUrl, reportUrl } from './urls.ts';
import { hasOtherYears } from './continuity/chains.ts';
import { revisionText, type FigureRevision } from './open-data.ts';
import { siteSettings, type SiteSettingsOrUnset } from './site-settings.ts';
import type { Source } from '../schemas/source.ts';

export interface FigureContext {
  /** 「大阪市 ICT戦略室」 */
  organization: string;
  /** 運営方針 / 主要事務事業戦略シート */
  documentType: string;
  fiscalYear: number;
  /** 「経営課題2 情報セキュリティ管理体制の実効性確保」 */
  reportTitle: string;
  /** Where in the report the series is, e.g. 「具体的取組 2-1-2」 */
  place: string;
  /** Absolute URL of the figure page */
  url: string;
  /** Absolute URL of the report page */
  reportUrl: string;
  /** The original document (PDF or web page), when the content names it */
  source?: Source | undefined;
  /** The page of the report over all its years, when it continues over years */
  seriesUrl?: string | undefined;
  /** Who publishes this site and on what terms (content/site.yaml) */
  site: SiteSettingsOrUnset;
}

/** The document as a citation names it: 「運営方針（平成30年度）」 */
export function documentName(context: Pick<FigureContext, 'documentType' | 'fiscalYear'>): string {
  return `${context.documentType}（${warekiFiscalYear(context.fiscalYear)}）`;
}

/**
 * 大阪市 ICT戦略室「運営方針（平成30年度）」経営課題2 情報セキュリティ管理体制の実効性確保、
 * 図表「情報セキュリティインシデント件数」（経営課題2）。Kohyo 公表 https://…/figures/incidents/
 */
export function figureCitation(context: FigureContext, series: Pick<IndicatorSeries, 'name'>): string {
  return `${citationBody(context, series)}${LABELS.citation.accessed}: ${LABELS.citation.accessedBlank}）`;
}

/** The citation up to 「（閲覧日: 」: the page (or its script) adds the date the reader looked. */
export function citationBody(context: FigureContext, series: Pick<IndicatorSeries, 'name'>): string {
  const source = context.source ? `${LABELS.citation.source}: ${context.source.title} ${context.source.url}。` : '';
  const publisher = context.site.publisher ? `（${LABELS.site.publisher}: ${context.site.publisher}）` : '';
  return `${context.organization}「${documentName(context)}」${context.reportTitle}、図表「${series.name}」（${context.place}）。${source}${context.site.name}${publisher} ${context.url}（`;
}

/** The figure as JSON: where it comes from, the series as the document gives it, and (apart) what Kohyo computed. */
export function figureJson(context: FigureContext, series: IndicatorSeries, revisions: readonly FigureRevision[] = []): string {
  const data = {
    organization: context.organization,
    document: { type: context.documentType, fiscalYear: context.fiscalYear, fiscalYearLabel: formatFiscalYear(context.fiscalYear) },
    report: { title: context.reportTitle, url: context.reportUrl },
    figure: { place: context.place, url: context.url, citation: figureCitation(context, series), ...(context.seriesUrl ? { allYearsUrl: context.seriesUrl } : {}) },
    source: context.source ?? null,
    // Who publishes this copy of the figure and on what terms (content/site.yaml); null when not set.
    publisher: context.site.publisher ?? null,
    licence: context.site.licence ?? null,
    series,
    revisedByLaterDocuments: revisions.map((r) => ({ ...r, text: revisionText(r, series.unit, series.decimals) })),
    // Computed by Kohyo from the series' own targets and values; not part of the document.
    computedByKohyo: {
      label: LABELS.ratingCheck.computed,
      targets: series.targets.map((target) => {
        const { value, result } = evaluateTarget(series, target);
        return { fiscalYear: target.fiscalYear, target: target.value, direction: target.direction, value, result };
      }),
    },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The context of a figure page from its route props. */
export function figureContextOf(props: FigureProps, site: URL | undefined): FigureContext {
  const slug = props.kind === 'managementIssue' ? `keiei-kadai-${props.doc.number}` : `shisaku-${props.doc.code}`;
  const { organization, fiscalYear } = props.doc;
  return {
    organization: organizationDisplayName(props.org),
    documentType: LABELS.documentType[props.kind === 'managementIssue' ? 'managementPolicy' : 'strategySheet'],
    fiscalYear,
    reportTitle: props.kind === 'managementIssue' ? managementIssueTitle(props.doc) : measureTitle(props.doc),
    place: props.location.place,
    url: absoluteUrl(figureUrl(organization, fiscalYear, slug, props.location.series.id), site),
    reportUrl: absoluteUrl(reportUrl(organization, fiscalYear, slug), site),
    source: props.doc.source,
    seriesUrl: hasOtherYears(props.otherYears) ? absoluteUrl(props.otherYears.chainUrl, site) : undefined,
    site: siteSettings(),
  };
}
