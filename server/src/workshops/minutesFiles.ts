import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Content } from 'pdfmake/interfaces.js';
import type { Language, Minutes } from '@iap/shared';
import { printPdf } from '../export/pdfEngine.js';
import { minutesOutline } from './minutesOutline.js';

/** Characters XML 1.0 cannot hold: a document containing one would not open in Word. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string): string => text.replace(XML_INVALID, '');

/** The minutes as a Word document: real heading styles, one bullet per line, text only. */
export function renderMinutesDocx(minutes: Minutes, language: Language): Promise<Buffer> {
  const outline = minutesOutline(minutes, language);
  const children = [
    new Paragraph({ text: clean(outline.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: clean(outline.subtitle) }),
    ...outline.sections.flatMap((section) => [
      new Paragraph({ text: clean(section.heading), heading: HeadingLevel.HEADING_1 }),
      ...(section.lines.length === 0 ? [new Paragraph({ text: '—' })] : section.lines.map((line) => new Paragraph({ text: clean(line), bullet: { level: 0 } }))),
    ]),
  ];
  return Packer.toBuffer(new Document({ title: clean(outline.title), sections: [{ children }] }));
}

/** The minutes as a PDF (pdfmake with its bundled Roboto; text is never read as markup). */
export function renderMinutesPdf(minutes: Minutes, language: Language): Promise<Buffer> {
  const outline = minutesOutline(minutes, language);
  const content: Content[] = [
    { text: outline.title, fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
    { text: outline.subtitle, margin: [0, 0, 0, 12] },
    ...outline.sections.flatMap((section): Content[] => [
      { text: section.heading, fontSize: 14, bold: true, margin: [0, 10, 0, 4] },
      section.lines.length === 0 ? { text: '—' } : { ul: section.lines.map((line) => ({ text: line })) },
    ]),
  ];
  return printPdf({ info: { title: outline.title }, content, defaultStyle: { font: 'Roboto', fontSize: 11 } });
}
