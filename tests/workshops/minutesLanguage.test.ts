import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, versionListSchema, versionOriginOf, type Workshop } from '@iap/shared';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { pdfText, unzipEntry } from '../export/exportFiles.js';
import { startServer, type RunningServer } from '../support/server.js';

const CITY = 'mizil';
/** The Romanian fixed texts of the minutes (server/src/workshops/minutesLabels.ts). */
const ROMANIAN = ['Prezență (1)', 'Ordinea de zi', 'Idei (1)', 'Decizii', 'Ce s-a schimbat în plan'];
const ENGLISH = ['Attendance', 'Agenda', 'Ideas', 'Decisions', 'What changed in the plan'];

describe('workshop minutes downloads in the reader’s language', () => {
  let server: RunningServer;
  let facilitator: SignedIn;
  let workshopId: string;

  beforeAll(async () => {
    server = await startServer();
    facilitator = await addSignedIn(server.app, { name: 'Ioana Facilitator', city: CITY, role: 'facilitator' });
    const post = (url: string, payload?: object) =>
      server.app.inject({ method: 'POST', url, headers: { cookie: facilitator.cookie }, ...(payload ? { payload } : {}) });
    const created = await post(`/api/cities/${CITY}/workshops`, {
      title: 'Întâlnirea ULG 4',
      startsAt: '2026-12-01T16:00:00Z',
      place: 'Casa de Cultură',
      agenda: [{ title: 'Bun venit', minutes: 5 }],
    });
    expect(created.statusCode).toBe(201);
    workshopId = created.json<Workshop>().id;
    expect((await post(`/api/workshops/${workshopId}/start`)).statusCode).toBe(200);
    expect((await post('/api/workshops/join', { code: created.json<Workshop>().joinCode })).statusCode).toBe(200);
    expect((await post(`/api/workshops/${workshopId}/ideas`, { text: 'Piață de noapte' })).statusCode).toBe(201);
    expect((await post(`/api/workshops/${workshopId}/decisions`, { text: 'Prioritizăm piața de noapte' })).statusCode).toBe(201);
    expect((await post(`/api/workshops/${workshopId}/end`)).statusCode).toBe(200);
  });

  afterAll(async () => {
    await server.close();
  });

  const minutes = (query: string) =>
    server.app.inject({ method: 'GET', url: `/api/workshops/${workshopId}/minutes?${query}`, headers: { cookie: facilitator.cookie } });

  it('writes HTML, DOCX and PDF headings in Romanian for a Mizil session, with no English heading', async () => {
    const html = (await minutes('format=html')).body;
    expect(html).toContain('<html lang="ro">');
    const docx = unzipEntry((await minutes('format=docx')).rawPayload, 'word/document.xml');
    const pdf = pdfText((await minutes('format=pdf')).rawPayload);
    for (const [format, text] of [['html', html], ['docx', docx], ['pdf', pdf]] as const) {
      for (const heading of ROMANIAN) expect(text, format).toContain(heading);
      for (const heading of ENGLISH) expect(text, format).not.toContain(heading);
      expect(text, format).toContain('Prioritizăm piața de noapte');
      expect(text, format).toContain('1 decembrie 2026');
    }
  });

  it('follows ?lang= and the account’s language', async () => {
    expect((await minutes('format=html&lang=hu')).body).toContain('<h2>Napirend</h2>');
    const chose = await server.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: facilitator.cookie }, payload: { locale: 'fi' } });
    expect(chose.statusCode).toBe(200);
    expect((await minutes('format=html')).body).toContain('<h2>Esityslista</h2>');
    expect((await minutes('format=html&lang=en')).body).toContain('<h2>Agenda</h2>');
  });

  it('labels the session’s versions so the History panel can word them in any language', async () => {
    const listed = await server.app.inject({ method: 'GET', url: `/api/documents/iap.${CITY}/versions`, headers: { cookie: facilitator.cookie } });
    const origins = versionListSchema.parse(listed.json()).versions.map(versionOriginOf);
    expect(origins).toEqual(
      expect.arrayContaining([
        { event: 'workshopStarted', title: 'Întâlnirea ULG 4' },
        { event: 'workshopEnded', title: 'Întâlnirea ULG 4' },
      ]),
    );
  });

  it('refuses a language it does not write, naming the field', async () => {
    const response = await minutes('format=html&lang=xx');
    expect(response.statusCode).toBe(400);
    expect(apiErrorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid_payload', field: 'lang' });
  });
});
