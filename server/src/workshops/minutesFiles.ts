import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Content } from 'pdfmake/interfaces.js';
import type { Language, Minutes } from '@iap/shared';
import { printPdf } from '../export/pdfEngine.js';
import { minutesOutline, type MinutesOutline } from './minutesOutline.js';

/** Characters XML 1.0 cannot hold: a document containing one would not open in Word. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const clean = (text: string): string => text.replace(XML_INVALID, '');

/** A section with neither lines nor subsections prints a dash. */
const isEmpty = (section: MinutesOutline['sections'][number]): boolean => section.lines.length === 0 && (section.subsections ?? []).length === 0;
const bullets = (lines: readonly string[]): Paragraph[] => lines.map((line) => new Paragraph({ text: clean(line), bullet: { level: 0 } }));

/** The minutes as a Word document: real heading styles, one bullet per line, text only. */
export function renderMinutesDocx(minutes: Minutes, language: Language): Promise<Buffer> {
  const outline = minutesOutline(minutes, language);
  const children = [
    new Paragraph({ text: clean(outline.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ text: clean(outline.subtitle) }),
    ...outline.sections.flatMap((section) => [
      new Paragraph({ text: clean(section.heading), heading: HeadingLevel.HEADING_1 }),
      ...(isEmpty(section) ? [new Paragraph({ text: '—' })] : bullets(section.lines)),
      ...(section.subsections ?? []).flatMap((sub) => [new Paragraph({ text: clean(sub.heading), heading: HeadingLevel.HEADING_2 }), ...bullets(sub.lines)]),
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
      ...(isEmpty(section) ? [{ text: '—' }] : section.lines.length === 0 ? [] : [{ ul: section.lines.map((line) => ({ text: line })) }]),
      ...(section.subsections ?? []).flatMap((sub): Content[] => [
        { text: sub.heading, fontSize: 12, bold: true, margin: [0, 6, 0, 2] },
        { ul: sub.lines.map((line) => ({ text: line })) },
      ]),
    ]),
  ];
  return printPdf({ info: { title: outline.title }, content, defaultStyle: { font: 'Roboto', fontSize: 11 } });
}
