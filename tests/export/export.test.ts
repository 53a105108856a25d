import { describe, expect } from 'vitest';
import { actionsExportSchema, apiErrorSchema, iapSectionTitle } from '@iap/shared';
import { appTest } from '../support/fixtures.js';
import { connectClient } from '../support/yclient.js';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { pdfPageSizes, pdfText, unzipEntry } from './exportFiles.js';
import { KNOWN, writeKnownPlan } from './planFixture.js';

const CITY = 'hodmezovasarhely';
const PLAN = `iap.${CITY}`;
/** Nobody here chose a language: the fixed texts are the city's language, Hungarian (tests/export/exportLanguages.test.ts covers the rest). */
const CONTEXT_TITLE = iapSectionTitle('context', 'hu');
const PILOT_TITLE = iapSectionTitle('pilot-actions', 'hu');
const TABLE_OF_CONTENTS = 'Tartalomjegyzék';
const ACTIONS_ANNEX = 'Melléklet: az intézkedések táblázata';
const FUNDING_GAP = 'Finanszírozási hiány';

/** A PDF text string as pdfkit writes an outline title that is not ASCII: UTF-16BE after a byte-order mark. */
function pdfUnicodeString(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes.toString('latin1').replace(/[()\\]/g, (char) => `\\${char}`);
}

/**
 * One app for the file, holding the known plan and two stakeholders (one listed); the tests
 * only read it. The coordinator wrote it; an observer and another city's coordinator look on.
 */
const it = appTest
  .extend('cast', { scope: 'file' }, async ({ fileServer: server }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Hanna Coordinator', city: CITY, role: 'coordinator' });
    const observer = await addSignedIn(server.app, { name: 'Olga Observer', city: CITY, role: 'observer' });
    const outsider = await addSignedIn(server.app, { name: 'Enzo Outsider', city: 'enguera', role: 'coordinator' });
    const client = connectClient(server.wsUrl, PLAN, { headers: { cookie: coordinator.cookie } });
    await client.synced;
    writeKnownPlan(client);
    await client.whenSaved();
    client.destroy();
    for (const [name, consent] of [
      ['Listed Lili', true],
      ['Private Piroska', false],
    ] as const) {
      const created = await server.app.inject({
        method: 'POST',
        url: `/api/cities/${CITY}/stakeholders`,
        headers: { cookie: coordinator.cookie },
        payload: { name, sector: 'business', importance: 3, influence: 3, consentToBeListed: consent, contact: `${name}@example.test` },
      });
      expect(created.statusCode).toBe(201);
    }
    return { coordinator, observer, outsider };
  })
  // Depends on the cast so that the plan is written before anything is exported.
  .extend('exportAs', { scope: 'file' }, ({ fileServer: server, cast: _cast }) => (person: SignedIn | null, format: string, name = PLAN) =>
    server.app.inject({
      method: 'GET',
      url: `/api/documents/${name}/export?format=${format}`,
      headers: person ? { cookie: person.cookie } : {},
    }),
  );

describe('exporting a plan', () => {
  it('writes a DOCX with Word headings, a TOC field, the escaped text and a landscape annex', async ({ exportAs, cast: { coordinator } }) => {
    const response = await exportAs(coordinator, 'docx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const xml = unzipEntry(response.rawPayload, 'word/document.xml');
    expect(xml).toContain('Hódmezővásárhely');
    expect(xml).toContain('Creative Clusters');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain(CONTEXT_TITLE);
    expect(xml).toMatch(/>TOC \\h \\o &quot;1-2&quot;</);
    for (const text of [KNOWN.heading, KNOWN.listItem, KNOWN.bold, KNOWN.linkText, KNOWN.badLinkText, KNOWN.objective, KNOWN.indicator]) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('Listed Lili');
    expect(xml).not.toContain('Private Piroska');
    expect(xml).not.toContain('@example.test');
    // Only the safe link is a hyperlink relationship.
    const rels = unzipEntry(response.rawPayload, 'word/_rels/document.xml.rels');
    expect(rels).toContain(KNOWN.linkHref);
    expect(rels).not.toContain('javascript:');
  });

  it('writes a PDF whose text reads back with the accented city, the plan text and the action table', async ({ exportAs, cast: { observer } }) => {
    const response = await exportAs(observer, 'pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    // Table cells wrap where the (Hungarian) column headers leave them narrow: compare with spaces folded.
    const text = pdfText(response.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'Hódmezővásárhely',
      TABLE_OF_CONTENTS,
      CONTEXT_TITLE,
      PILOT_TITLE,
      KNOWN.heading,
      KNOWN.listItem,
      KNOWN.bold,
      KNOWN.script,
      KNOWN.quotes,
      KNOWN.objective,
      KNOWN.indicator,
      ACTIONS_ANNEX,
      ...KNOWN.actions,
      FUNDING_GAP,
      'Listed Lili',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Private Piroska');
    // The table of contents is also the PDF's outline (bookmarks).
    const raw = response.rawPayload.toString('latin1');
    expect(raw).toContain('/Outlines');
    for (const title of [pdfUnicodeString(CONTEXT_TITLE), pdfUnicodeString(PILOT_TITLE), pdfUnicodeString(ACTIONS_ANNEX)]) expect(raw).toContain(`/Title (${title})`);
    const pages = pdfPageSizes(response.rawPayload);
    expect(pages[0]!.height).toBeGreaterThan(pages[0]!.width);
    expect(pages.at(-1)!.width).toBeGreaterThan(pages.at(-1)!.height);
  });

  it('writes an HTML page where the text stays text and only safe links are links', async ({ exportAs, cast: { coordinator } }) => {
    const response = await exportAs(coordinator, 'html');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('She said &quot;yes&quot; and &#39;maybe&#39;');
    expect(html).toContain(`<a href="${KNOWN.linkHref}" rel="noopener noreferrer">${KNOWN.linkText}</a>`);
    expect(html).toContain(`<p>${KNOWN.badLinkText}</p>`);
    expect(html).toContain(`<strong>${KNOWN.bold}</strong>`);
    expect(html).toContain(`<h3>${KNOWN.heading}</h3>`);
    expect(html).toContain(`<li><p>${KNOWN.listItem}</p></li>`);
  });

  it('writes the action table as CSV, every text cell quoted and formulas defused', async ({ exportAs, cast: { coordinator } }) => {
    const response = await exportAs(coordinator, 'csv');
    expect(response.statusCode).toBe(200);
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('"funding_secured_eur"');
    expect(lines[1]).toBe(
      `"a1","${KNOWN.actions[0]}","${KNOWN.objective}","Town hall","2026-03-01","2026-09-30",100000,60000,10000,0,"proposed"`,
    );
    expect(lines[2]).toContain(`"'${KNOWN.actions[1]}"`);
  });

  it('writes the action table as JSON with funding summed by status', async ({ exportAs, cast: { coordinator } }) => {
    const response = await exportAs(coordinator, 'json');
    expect(response.statusCode).toBe(200);
    const body = actionsExportSchema.parse(response.json());
    expect(body.city).toEqual({ slug: CITY, name: 'Hódmezővásárhely' });
    expect(body.actions.map((action) => action.title)).toEqual([...KNOWN.actions]);
    expect(body.actions[0]).toMatchObject({ objectiveTitle: KNOWN.objective, funding: { secured: 60_000, likely: 10_000, to_find: 0 } });
  });

  it('names the file after the city, accents kept in filename*', async ({ exportAs, cast: { coordinator } }) => {
    const response = await exportAs(coordinator, 'pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Hodmezovasarhely.pdf"; filename*=UTF-8''H%C3%B3dmez%C5%91v%C3%A1s%C3%A1rhely.pdf`,
    );
  });

  it('lets an observer export, not an outsider or someone signed out', async ({ exportAs, cast: { coordinator, observer, outsider } }) => {
    expect((await exportAs(observer, 'html')).statusCode).toBe(200);
    expect((await exportAs(outsider, 'html')).statusCode).toBe(404);
    expect((await exportAs(null, 'html')).statusCode).toBe(401);
    expect((await exportAs(coordinator, 'html', 'notes.hodmezovasarhely')).statusCode).toBe(404);
  });

  it('refuses an unknown format, naming the field', async ({ exportAs, cast: { observer } }) => {
    for (const format of ['exe', '']) {
      const response = await exportAs(observer, format);
      expect(response.statusCode).toBe(400);
      expect(apiErrorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid_payload', field: 'format' });
    }
  });
});
