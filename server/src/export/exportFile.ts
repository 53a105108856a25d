import type { ExportFormat } from '@iap/shared';
import type { ExportPlan } from './planContent.js';
import { renderActionsCsv, renderActionsJson } from './renderActions.js';
import { renderDocx } from './renderDocx.js';
import { renderHtml } from './renderHtml.js';
import { renderPdf } from './renderPdf.js';

export interface ExportFile {
  body: Buffer;
  contentType: string;
  extension: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** One plan in one format: the plan itself (DOCX, PDF, HTML) or its action table (CSV, JSON). */
export async function renderExport(plan: ExportPlan, format: ExportFormat, generatedAt: string): Promise<ExportFile> {
  const body = await renderBody(plan, format, generatedAt);
  return { body, contentType: CONTENT_TYPES[format], extension: format };
}

async function renderBody(plan: ExportPlan, format: ExportFormat, generatedAt: string): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(plan);
    case 'pdf':
      return renderPdf(plan);
    case 'html':
      return Buffer.from(renderHtml(plan), 'utf8');
    case 'csv':
      return Buffer.from(renderActionsCsv(plan), 'utf8');
    case 'json':
      return Buffer.from(renderActionsJson(plan, generatedAt), 'utf8');
  }
}
