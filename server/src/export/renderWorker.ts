import { parentPort } from 'node:worker_threads';
import { renderExport } from './exportFile.js';
import type { RenderRequest, RenderResponse } from './ExportRenderer.js';

/**
 * The export renderer's thread: lays out DOCX and PDF files (pdfmake's layout and font
 * subsetting are hundreds of milliseconds of synchronous work per plan) away from the event
 * loop that carries live editing.
 */
const port = parentPort;
if (!port) throw new Error('renderWorker runs as a worker thread');
port.on('message', (request: RenderRequest) => {
  renderExport(request.plan, request.format, request.generatedAt).then(
    (file) => {
      const body = new Uint8Array(file.body.buffer, file.body.byteOffset, file.body.byteLength);
      const response: RenderResponse = { id: request.id, body, contentType: file.contentType, extension: file.extension };
      port.postMessage(response);
    },
    (error: unknown) => {
      const response: RenderResponse = { id: request.id, error: error instanceof Error ? error.message : String(error) };
      port.postMessage(response);
    },
  );
});
