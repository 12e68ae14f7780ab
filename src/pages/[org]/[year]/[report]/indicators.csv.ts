// /<組織>/<年度>/<報告書>/indicators.csv — the report's indicator series as CSV (UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { indicatorCsv, seriesOf } from '../../../../lib/open-data.ts';
import { organizationDisplayName } from '../../../../lib/organizations.ts';
import { LABELS } from '../../../../lib/labels.ts';
import { reportStaticPaths, type ReportProps } from '../../../../lib/report-paths.ts';

export const getStaticPaths = reportStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const report = props as ReportProps;
  const documentType = report.kind === 'managementIssue' ? LABELS.documentType.managementPolicy : LABELS.documentType.strategySheet;
  const csv = indicatorCsv(
    { organization: organizationDisplayName(report.org), documentType, fiscalYear: report.doc.fiscalYear },
    seriesOf(report),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
