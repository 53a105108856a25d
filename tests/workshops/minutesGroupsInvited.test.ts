import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutesSchema, type Idea, type Workshop } from '@iap/shared';
import { addSignedIn, type SignedIn } from '../access/people.js';
import { pdfText, unzipEntry } from '../export/exportFiles.js';
import { startServer, type RunningServer } from '../support/server.js';

const CITY = 'barnsley';

/**
 * The minutes downloads show what the in-app minutes show: ideas under their groups' headings,
 * and the invited stakeholders with who of them came, in the reader's language.
 */
describe('minutes downloads: idea groups and invited stakeholders', () => {
  let server: RunningServer;
  let coordinator: SignedIn;
  let member: SignedIn;
  let workshopId: string;

  beforeAll(async () => {
    server = await startServer();
    coordinator = await addSignedIn(server.app, { name: 'Carol Coordinator', city: CITY, role: 'coordinator' });
    member = await addSignedIn(server.app, { name: 'Mo Member', city: CITY, role: 'member' });
    const post = <T>(url: string, payload?: object, who: SignedIn = coordinator) =>
      server.app.inject({ method: 'POST', url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) }).then((response) => {
        expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
        return response.json<T>();
      });
    const stakeholder = async (name: string, consentToBeListed: boolean) =>
      (await post<{ id: string }>(`/api/cities/${CITY}/stakeholders`, { name, sector: 'civil_society', importance: 3, influence: 3, consentToBeListed })).id;
    const ana = await stakeholder('Ana Listed', true);
    const bo = await stakeholder('Bo Private', false);
    const workshop = await post<Workshop>(`/api/cities/${CITY}/workshops`, {
      title: 'ULG on mobility',
      startsAt: '2026-12-01T17:00:00Z',
      agenda: [{ title: 'Ideas', minutes: 15 }],
      invitedStakeholderIds: [ana, bo],
    });
    workshopId = workshop.id;
    const base = `/api/workshops/${workshopId}`;
    await post(`${base}/start`);
    await post(`${base}/attendance`, { name: 'Ana Listed', stakeholderId: ana });
    await post('/api/workshops/join', { code: workshop.joinCode }, member);
    const idea = async (text: string) => (await post<Idea>(`${base}/ideas`, { text }, member)).id;
    const bus = await idea('More buses');
    const bikes = await idea('Bike lanes');
    await idea('A night market');
    await post(`${base}/ideas/group`, { ideaIds: [bus, bikes], group: 'Mobility' });
    await post(`${base}/end`);
  });

  afterAll(async () => {
    await server.close();
  });

  const minutes = (query: string, who: SignedIn = coordinator) =>
    server.app.inject({ method: 'GET', url: `/api/workshops/${workshopId}/minutes?${query}`, headers: { cookie: who.cookie } });

  it('writes group headings with their ideas, and who of the invited came, in HTML, DOCX and PDF', async () => {
    const html = (await minutes('format=html&lang=en')).body;
    expect(html).toContain('<h3>Mobility (2)</h3><ul><li>More buses — Mo Member</li><li>Bike lanes — Mo Member</li></ul>');
    expect(html).toContain('<h3>Not grouped (1)</h3><ul><li>A night market — Mo Member</li></ul>');
    expect(html).toContain('<h2>Invited stakeholders: 1 of 2 came</h2><ul><li>Ana Listed: came</li><li>Bo Private: did not come</li></ul>');
    const docx = unzipEntry((await minutes('format=docx&lang=en')).rawPayload, 'word/document.xml');
    const pdf = pdfText((await minutes('format=pdf&lang=en')).rawPayload);
    for (const [format, text] of [['docx', docx], ['pdf', pdf]] as const) {
      for (const line of ['Mobility (2)', 'Not grouped (1)', 'Invited stakeholders: 1 of 2 came', 'Ana Listed: came', 'Bo Private: did not come']) {
        expect(text, `${format}: ${line}`).toContain(line);
      }
      // Each group's heading comes before its ideas, the ungrouped last.
      expect(text.indexOf('Mobility (2)'), format).toBeLessThan(text.indexOf('More buses'));
      expect(text.indexOf('Bike lanes'), format).toBeLessThan(text.indexOf('Not grouped (1)'));
      expect(text.indexOf('Not grouped (1)'), format).toBeLessThan(text.indexOf('A night market'));
    }
  });

  it('words the fixed texts in the reader’s language; the group’s label stays as written', async () => {
    const html = (await minutes('format=html&lang=ro')).body;
    expect(html).toContain('<h3>Mobility (2)</h3>');
    expect(html).toContain('<h3>Negrupate (1)</h3>');
    expect(html).toContain('<h2>Părți interesate invitate: au venit 1 din 2</h2><ul><li>Ana Listed: a venit</li><li>Bo Private: nu a venit</li></ul>');
    const fi = pdfText((await minutes('format=pdf&lang=fi')).rawPayload);
    expect(fi).toContain('Ryhmittelemättä (1)');
    expect(fi).toContain('Kutsutut sidosryhmät: 2:sta paikalla 1');
  });

  it('shows a member only the invited who consented to be listed, in the JSON and the files', async () => {
    const json = minutesSchema.parse((await minutes('format=json', member)).json());
    expect(json.invited).toEqual([expect.objectContaining({ name: 'Ana Listed', attended: true })]);
    const html = (await minutes('format=html&lang=en', member)).body;
    expect(html).toContain('<h2>Invited stakeholders: 1 of 1 came</h2>');
    expect(html).not.toContain('Bo Private');
  });
});
