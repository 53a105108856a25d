import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@iap/server';
import type { Stakeholder, StakeholdersResponse } from '@iap/shared';
import { makeDataDir } from '../support/server.js';
import { addSignedIn, tableCounts, type SignedIn } from '../access/people.js';

const valid = {
  name: 'Elena Popescu',
  organisation: 'Primăria Orașului Mizil',
  sector: 'public_authority',
  gender: 'female',
  importance: 5,
  influence: 4,
  contact: 'elena@example.org',
  consentToBeListed: true,
};

describe('the stakeholder register', () => {
  let app: FastifyInstance;
  let facilitator: SignedIn;
  let member: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    facilitator = await addSignedIn(app, { name: 'Facilitator', city: 'mizil', role: 'facilitator' });
    member = await addSignedIn(app, { name: 'Member', city: 'mizil', role: 'member' });
    admin = await addSignedIn(app, { name: 'Admin', networkRole: 'admin' });
  });
  afterAll(async () => {
    await app.close();
  });

  const as = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
  const add = async (fields: object, city = 'mizil', who = facilitator): Promise<Stakeholder> => {
    const response = await as(who, 'POST', `/api/cities/${city}/stakeholders`, fields);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  it('a facilitator adds, edits and deletes a stakeholder, and the audit log names the changed fields only', async () => {
    const created = await add(valid);
    expect(created).toMatchObject({ ...valid, citySlug: 'mizil', linkedUser: null });

    const edited = await as(facilitator, 'PATCH', `/api/cities/mizil/stakeholders/${created.id}`, { influence: 2, contact: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ influence: 2, contact: null, importance: 5 });

    expect((await as(facilitator, 'DELETE', `/api/cities/mizil/stakeholders/${created.id}`)).statusCode).toBe(204);
    expect((await as(facilitator, 'GET', `/api/cities/mizil/stakeholders/${created.id}`)).statusCode).toBe(404);

    const audit = await as(admin, 'GET', '/api/cities/mizil/audit');
    const entries = (audit.json() as { entries: { action: string; subject: { id: string }; details: object }[] }).entries.filter(
      (entry) => entry.subject.id === created.id,
    );
    expect(entries.map((entry) => [entry.action, entry.details])).toEqual([
      ['stakeholder.deleted', { name: 'Elena Popescu' }],
      ['stakeholder.updated', { name: 'Elena Popescu', fields: ['influence', 'contact'] }],
      ['stakeholder.created', { name: 'Elena Popescu', sector: 'public_authority' }],
    ]);
    expect(audit.body).not.toContain('elena@example.org');
  });

  it.each([
    ['an unknown field', { ...valid, notes: 'x' }, 'notes'],
    ['an unknown sector', { ...valid, sector: 'media' }, 'sector'],
    ['an importance above 5', { ...valid, importance: 6 }, 'importance'],
    ['an influence below 1', { ...valid, influence: 0 }, 'influence'],
    ['a fractional importance', { ...valid, importance: 2.5 }, 'importance'],
    ['a score given as text', { ...valid, influence: '3' }, 'influence'],
    ['an empty name', { ...valid, name: '   ' }, 'name'],
    ['a too-long name', { ...valid, name: 'x'.repeat(201) }, 'name'],
    ['a too-long contact', { ...valid, contact: 'x'.repeat(301) }, 'contact'],
    ['an unknown gender', { ...valid, gender: 'x' }, 'gender'],
    ['no consent answer', { ...valid, consentToBeListed: undefined }, 'consentToBeListed'],
    ['a linked account that is not in the city', { ...valid, linkedUserId: 'f0000000-0000-4000-8000-000000000000' }, 'linkedUserId'],
  ])('adding with %s is a 400 naming the field, and nothing is saved', async (_label, payload, field) => {
    const before = tableCounts(app);
    const response = await as(facilitator, 'POST', '/api/cities/mizil/stakeholders', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'invalid_payload', field } });
    expect(tableCounts(app)).toEqual(before);
  });

  it('an edit with a bad field is refused and the stakeholder is unchanged', async () => {
    const created = await add({ ...valid, name: 'Unchanged' });
    const response = await as(facilitator, 'PATCH', `/api/cities/mizil/stakeholders/${created.id}`, { importance: 9 });
    expect(response.json()).toMatchObject({ error: { field: 'importance' } });
    expect((await as(facilitator, 'GET', `/api/cities/mizil/stakeholders/${created.id}`)).json()).toEqual(created);
  });

  it('links a stakeholder to an account of the same city', async () => {
    const created = await add({ ...valid, name: 'Linked', linkedUserId: member.id });
    expect(created.linkedUser).toEqual({ id: member.id, name: 'Member' });
  });

  it("a stakeholder of another city is not reachable through this city's URL, even for an admin", async () => {
    const barnsley = await add({ ...valid, name: 'Sarah Whitaker' }, 'barnsley', admin);
    expect((await as(admin, 'GET', `/api/cities/mizil/stakeholders/${barnsley.id}`)).statusCode).toBe(404);
    expect((await as(admin, 'DELETE', `/api/cities/mizil/stakeholders/${barnsley.id}`)).statusCode).toBe(404);
    expect((await as(admin, 'GET', `/api/cities/barnsley/stakeholders/${barnsley.id}`)).statusCode).toBe(200);
  });

  it('members see only people who consented to be listed, without contacts; the counts still cover everyone', async () => {
    await add({ ...valid, name: 'Private Person', sector: 'citizen', gender: null, consentToBeListed: false });
    const forMember = (await as(member, 'GET', '/api/cities/mizil/stakeholders')).json() as StakeholdersResponse;
    const forFacilitator = (await as(facilitator, 'GET', '/api/cities/mizil/stakeholders')).json() as StakeholdersResponse;

    expect(forMember.complete).toBe(false);
    expect(forMember.stakeholders.map((s) => s.name)).not.toContain('Private Person');
    expect(forMember.stakeholders.every((s) => s.contact === null)).toBe(true);
    expect(forFacilitator.complete).toBe(true);
    expect(forFacilitator.stakeholders.map((s) => s.name)).toContain('Private Person');

    const summary = (await as(member, 'GET', '/api/cities/mizil/stakeholders/summary')).json();
    expect(summary.total).toBe(forFacilitator.stakeholders.length);
    expect(summary.bySector.citizen).toBe(1);
    expect(summary.byGender.unspecified).toBe(1);
  });
});

describe('the register as CSV', () => {
  let app: FastifyInstance;
  let coordinator: SignedIn;

  beforeAll(async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    coordinator = await addSignedIn(app, { name: 'Coordinator', city: 'barnsley', role: 'coordinator' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('quotes every text cell, doubles quotes, and defuses cells that a spreadsheet would run as formulas', async () => {
    const rows = [
      { name: '=HYPERLINK("http://evil.example","click")', organisation: 'Holroyd, Sons & "Co"' },
      { name: '+44 1226 000000', organisation: 'line one\nline two' },
      { name: '-1', organisation: '@SUM(A1:A9)' },
      // Spreadsheets in our partners' locales split on semicolons.
      { name: 'Rossi; Bianchi', organisation: 'Cooperativa Sociale' },
    ];
    for (const row of rows) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/cities/barnsley/stakeholders',
        headers: { cookie: coordinator.cookie },
        payload: { ...row, sector: 'business', importance: 2, influence: 3, consentToBeListed: true },
      });
      expect(response.statusCode).toBe(201);
    }

    const csv = await app.inject({ method: 'GET', url: '/api/cities/barnsley/stakeholders.csv', headers: { cookie: coordinator.cookie } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="stakeholders-barnsley.csv"');
    expect(csv.body.startsWith('\uFEFF"name","organisation","sector","gender","importance","influence","contact","consent_to_be_listed",')).toBe(true);
    const lines = csv.body.slice(1).split('\r\n');
    expect(lines[1]).toMatch(/^"'\+44 1226 000000","line one\nline two","business",,2,3,,"yes",,/);
    expect(lines[2]).toMatch(/^"'-1","'@SUM\(A1:A9\)","business",/);
    expect(lines[3]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)","Holroyd, Sons & ""Co""","business",/);
    // Numbers stay bare; an empty optional cell stays empty; the dates are text.
    expect(lines[4]).toMatch(/^"Rossi; Bianchi","Cooperativa Sociale","business",,2,3,,"yes",,"\d{4}-[^"]+","\d{4}-[^"]+"$/);
    expect(lines.at(-1)).toBe('');
  });

  it('needs a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/cities/barnsley/stakeholders.csv' })).statusCode).toBe(401);
  });
});

describe("the audit log follows the register's privacy rule", () => {
  let app: FastifyInstance;
  let coordinator: SignedIn;
  let leadPartner: SignedIn;

  beforeAll(async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    coordinator = await addSignedIn(app, { name: 'Coordinator', city: 'mizil', role: 'coordinator' });
    leadPartner = await addSignedIn(app, { name: 'Lead partner', networkRole: 'lead_partner' });
  });
  afterAll(async () => {
    await app.close();
  });

  type Entry = { action: string; subject: { id: string }; details: Record<string, unknown> };
  const as = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });
  const add = async (fields: object): Promise<Stakeholder> => {
    const response = await as(coordinator, 'POST', '/api/cities/mizil/stakeholders', { ...valid, ...fields });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const auditOf = async (who: SignedIn, subjectId: string): Promise<[string, Record<string, unknown>][]> => {
    const response = await as(who, 'GET', '/api/cities/mizil/audit?limit=200');
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { entries: Entry[] }).entries
      .filter((entry) => entry.subject.id === subjectId)
      .map((entry) => [entry.action, entry.details]);
  };

  it('a reader who may not see an unlisted stakeholder does not read its name or sector in the log', async () => {
    const hidden = await add({ name: 'Ioana Nepublicată', sector: 'citizen', consentToBeListed: false });
    await as(coordinator, 'PATCH', `/api/cities/mizil/stakeholders/${hidden.id}`, { importance: 1 });

    expect(await auditOf(leadPartner, hidden.id)).toEqual([
      ['stakeholder.updated', { fields: ['importance'] }],
      ['stakeholder.created', {}],
    ]);
    const body = (await as(leadPartner, 'GET', '/api/cities/mizil/audit?limit=200')).body;
    expect(body).not.toContain('Ioana');
    // Those who manage the register see everyone, in the log as in the register.
    expect(await auditOf(coordinator, hidden.id)).toEqual([
      ['stakeholder.updated', { name: 'Ioana Nepublicată', fields: ['importance'] }],
      ['stakeholder.created', { name: 'Ioana Nepublicată', sector: 'citizen' }],
    ]);
  });

  it('a listed stakeholder is named in the log for every reader, and no longer once consent is withdrawn', async () => {
    const listed = await add({ name: 'Mihai Listat', sector: 'business', consentToBeListed: true });
    expect(await auditOf(leadPartner, listed.id)).toEqual([['stakeholder.created', { name: 'Mihai Listat', sector: 'business' }]]);

    await as(coordinator, 'PATCH', `/api/cities/mizil/stakeholders/${listed.id}`, { consentToBeListed: false });
    expect(await auditOf(leadPartner, listed.id)).toEqual([
      ['stakeholder.updated', { fields: ['consentToBeListed'] }],
      ['stakeholder.created', {}],
    ]);
  });

  it('a deleted stakeholder is no longer in the register, so the log no longer names it to those who do not manage it', async () => {
    const hidden = await add({ name: 'Elena Ștearsă', consentToBeListed: false });
    expect((await as(coordinator, 'DELETE', `/api/cities/mizil/stakeholders/${hidden.id}`)).statusCode).toBe(204);
    expect(await auditOf(leadPartner, hidden.id)).toEqual([
      ['stakeholder.deleted', {}],
      ['stakeholder.created', {}],
    ]);
    expect(await auditOf(coordinator, hidden.id)).toEqual([
      ['stakeholder.deleted', { name: 'Elena Ștearsă' }],
      ['stakeholder.created', { name: 'Elena Ștearsă', sector: 'public_authority' }],
    ]);
  });
});
