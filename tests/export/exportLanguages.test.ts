import { describe, expect } from 'vitest';
import { apiErrorSchema, exportJobCreatedSchema, IAP_SECTION_IDS, iapSectionTitle, LANGUAGES, type Language } from '@iap/shared';
import { exportLabels } from '@iap/server/export/labels';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { appTest } from '../support/fixtures.js';
import { connectClient } from '../support/yclient.js';
import { pdfText, unzipEntry, zipEntries } from './exportFiles.js';
import { writeKnownPlan } from './planFixture.js';

const CITY = 'mizil';
const PLAN = `iap.${CITY}`;

/** Every fixed text of the export labels, nested objects flattened (the sentences built by functions are checked apart). */
function fixedTexts(language: Language): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner);
  };
  const { format: _format, language: _language, ...labels } = exportLabels(language);
  walk(labels);
  return [...texts, ...IAP_SECTION_IDS.map((id) => iapSectionTitle(id, language))];
}

/** `text` holds `phrase` as words of its own (not inside a longer word: "Version" is not in "Versione"). */
function holdsPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text);
}

/** The English fixed texts a file in `language` must not hold: those the translation words differently. */
function englishLeftovers(text: string, language: Language): string[] {
  const translated = new Set(fixedTexts(language));
  return fixedTexts('en').filter((english) => english.length > 1 && !translated.has(english) && holdsPhrase(text, english));
}

/** The fixed texts every export of the known plan shows (the plan has actions, a budget, indicators and a listed stakeholder). */
function expectedTexts(language: Language): string[] {
  const labels = exportLabels(language);
  return [
    labels.tableOfContents,
    labels.planState,
    labels.states.draft!,
    labels.actionsAnnex,
    labels.budget,
    labels.fundingGap,
    labels.estimatedTotal,
    labels.column.lead,
    labels.fundingStatuses.secured,
    labels.actionStatuses.proposed,
    labels.sectors.business,
    iapSectionTitle('context', language),
    iapSectionTitle('pilot-actions', language),
    labels.format.euro(100_000),
    labels.format.date('2026-03-01'),
  ];
}

/**
 * One app for the file, holding the known plan of Mizil (Romanian) with a listed stakeholder;
 * its coordinator wrote it, and an admin exports every plan at once.
 */
const it = appTest
  .extend('cast', { scope: 'file' }, async ({ fileServer: server }) => {
    const coordinator = await addSignedIn(server.app, { name: 'Mara Coordinator', city: CITY, role: 'coordinator' });
    const admin = await addSignedIn(server.app, { name: 'Ada Admin', networkRole: 'admin' });
    const client = connectClient(server.wsUrl, PLAN, { headers: { cookie: coordinator.cookie } });
    await client.synced;
    writeKnownPlan(client);
    await client.whenSaved();
    client.destroy();
    const listed = await server.app.inject({
      method: 'POST',
      url: `/api/cities/${CITY}/stakeholders`,
      headers: { cookie: coordinator.cookie },
      payload: { name: 'Listed Lili', sector: 'business', importance: 3, influence: 3, consentToBeListed: true },
    });
    expect(listed.statusCode).toBe(201);
    return { coordinator, admin };
  })
  // Depends on the cast so that the plan is written before anything is exported.
  .extend('exportAs', { scope: 'file' }, ({ fileServer: server, cast: _cast }) => (person: SignedIn, query: string) =>
    server.app.inject({ method: 'GET', url: `/api/documents/${PLAN}/export?${query}`, headers: { cookie: person.cookie } }),
  );

describe('exports in the reader’s language', () => {
  it.for(LANGUAGES)('writes HTML, DOCX and PDF with the fixed texts in %s and none left in English', async (language, { exportAs, cast: { coordinator } }) => {
    const html = await exportAs(coordinator, `format=html&lang=${language}`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain(`<html lang="${language}">`);
    const docx = await exportAs(coordinator, `format=docx&lang=${language}`);
    const words = unzipEntry(docx.rawPayload, 'word/document.xml').replace(/<[^>]+>/g, ' ');
    const pdf = await exportAs(coordinator, `format=pdf&lang=${language}`);
    const printed = pdfText(pdf.rawPayload);
    for (const [format, text] of [['html', html.body.replace(/<[^>]+>/g, ' ').replaceAll('&amp;', '&')], ['docx', words], ['pdf', printed]] as const) {
      // pdftotext may break a long heading over two lines: compare with spaces folded.
      const folded = text.replace(/\s+/g, ' ').replaceAll('\u00a0', ' ').replaceAll('\u202f', ' ');
      for (const expected of expectedTexts(language)) {
        expect(folded, `${format} in ${language}`).toContain(expected.replace(/\s+/g, ' ').replaceAll('\u00a0', ' ').replaceAll('\u202f', ' '));
      }
      if (language !== 'en') expect(englishLeftovers(folded, language), `${format} in ${language}`).toEqual([]);
    }
  });

  it('writes amounts and dates as the language does', () => {
    expect(exportLabels('pt').format.euro(123_456)).toBe('123\u00a0456\u00a0€');
    expect(exportLabels('hu').format.date('2026-03-01')).toBe('2026. március 1.');
    expect(exportLabels('fi').format.date('2026-03-01')).toBe('1. maaliskuuta 2026');
    expect(exportLabels('en').format.date('2026-03-01')).toBe('1 March 2026');
  });

  it('counts actions without a cost in Romanian’s three plural forms', () => {
    const { actionsWithoutCost } = exportLabels('ro');
    expect(actionsWithoutCost(1)).toMatch(/^1 acțiune /);
    expect(actionsWithoutCost(3)).toMatch(/^3 acțiuni /);
    expect(actionsWithoutCost(20)).toMatch(/^20 de acțiuni /);
  });

  it('uses the account’s language, else the city’s; ?lang= wins over both', async ({ exportAs, fileServer: server }) => {
    const reader = await addSignedIn(server.app, { name: 'Radu Reader', city: CITY, role: 'observer' });
    // No language chosen: the city's, Romanian.
    expect((await exportAs(reader, 'format=html')).body).toContain(`<dt>${exportLabels('ro').planState}</dt>`);
    const chose = await server.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: reader.cookie }, payload: { locale: 'fi' } });
    expect(chose.statusCode).toBe(200);
    const finnish = (await exportAs(reader, 'format=html')).body;
    expect(finnish).toContain(`<dt>${exportLabels('fi').planState}</dt>`);
    expect(finnish).toContain(iapSectionTitle('vision', 'fi'));
    expect((await exportAs(reader, 'format=html&lang=en')).body).toContain('<dt>Plan state</dt>');
  });

  it('refuses a language it does not write, naming the field', async ({ exportAs, fileServer: server, cast: { coordinator, admin } }) => {
    for (const lang of ['xx', 'de', '']) {
      const response = await exportAs(coordinator, `format=html&lang=${lang}`);
      expect(response.statusCode, lang).toBe(400);
      expect(apiErrorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid_payload', field: 'lang' });
    }
    const job = await server.app.inject({ method: 'POST', url: '/api/exports', headers: { cookie: admin.cookie }, payload: { format: 'html', lang: 'xx' } });
    expect(job.statusCode).toBe(400);
    expect(apiErrorSchema.parse(job.json()).error).toMatchObject({ code: 'invalid_payload', field: 'lang' });
  });

  it('writes every plan of the all-plans ZIP in the requester’s language', async ({ fileServer: server, cast: { admin } }) => {
    const started = await server.app.inject({ method: 'POST', url: '/api/exports', headers: { cookie: admin.cookie }, payload: { format: 'html', lang: 'hu' } });
    expect(started.statusCode).toBe(202);
    const { id } = exportJobCreatedSchema.parse(started.json());
    for (;;) {
      const status = await server.app.inject({ method: 'GET', url: `/api/exports/${id}`, headers: { cookie: admin.cookie } });
      if (status.json<{ status: string }>().status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const zip = await server.app.inject({ method: 'GET', url: `/api/exports/${id}/file`, headers: { cookie: admin.cookie } });
    const disposition = String(zip.headers['content-disposition']);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^Integrált cselekvési tervek \d{4}-\d{2}-\d{2}\.zip$/);
    const entries = zipEntries(zip.rawPayload);
    expect(entries.length).toBe(9);
    for (const entry of entries) {
      const page = unzipEntry(zip.rawPayload, entry.name);
      expect(page, entry.name).toContain(`<dt>${exportLabels('hu').planState}</dt>`);
      expect(page, entry.name).toContain('<html lang="hu">');
    }
  });
});
