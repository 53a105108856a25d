import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** pdfmake's bundled Roboto: it covers ő ű ș ț ä ö and the euro sign, so no font has to be installed. */
const ROBOTO = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
const FONT_FILES: ReadonlySet<string> = new Set(Object.values(ROBOTO));

pdfmake.setFonts({ Roboto: ROBOTO });
// CVE-2026-26801: a document definition may name URLs and files (images, fonts, attachments)
// that pdfmake would fetch or read. Ours never should: no URL at all, and only the four fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => FONT_FILES.has(path.resolve(file)));

/** Lays out and writes a PDF. Layout is synchronous work; the all-plans job yields between plans. */
export function printPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
