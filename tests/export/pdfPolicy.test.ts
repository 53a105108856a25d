import { describe, expect, it } from 'vitest';
import { printPdf } from '@iap/server/export/pdfEngine';

/** CVE-2026-26801: a document definition must not make pdfmake fetch a URL or read a file. */
describe('the PDF engine', () => {
  it('refuses to load an image from a URL', async () => {
    const definition = { content: [{ image: 'logo' }], images: { logo: 'http://127.0.0.1:9/logo.png' } };
    await expect(printPdf(definition)).rejects.toThrow(/denied/i);
  });

  it('refuses to read a file other than its fonts', async () => {
    await expect(printPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/i);
  });

  it('still lays out text in its bundled font', async () => {
    const pdf = await printPdf({ content: [{ text: 'Hódmezővásárhely, Mizil: ș ț' }] });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
