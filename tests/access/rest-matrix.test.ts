import { describe, expect } from 'vitest';
import type { InjectOptions } from 'fastify';
import { appTest } from '../support/fixtures.js';
import { ACTORS, createAccount, signInCast, tableCounts, type Actor, type Cast } from './people.js';

/**
 * Who may do what over REST. Each row is one action; each column what the access policy must
 * answer in the city where the city roles are held (Mizil). In another city (Barnsley) the
 * city roles see nothing (404, so membership does not leak), network roles answer as at home,
 * and anonymous callers are always asked to sign in (401).
 */
const OWN = 'mizil';
const OTHER = 'barnsley';
const A = 'allowed' as const;
type Outcome = typeof A | 401 | 403 | 404;

interface Fixtures {
  /** A fresh ULG member of `city`, so destructive actions never share a target. */
  member(city: string): Promise<string>;
  stakeholder(city: string): Promise<string>;
  invite(city: string): Promise<string>;
}

interface MatrixRow {
  action: string;
  /** Status of a successful request. */
  success: number;
  request(city: string, fixtures: Fixtures): Promise<Omit<InjectOptions, 'headers'>>;
  //        coordinator facilitator member observer lead_partner admin anonymous
  own: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
}

const stakeholder = { name: 'Matrix Person', sector: 'business', importance: 3, influence: 3, consentToBeListed: true };

const MATRIX: MatrixRow[] = [
  { action: 'view the city', success: 200, request: async (c) => ({ method: 'GET', url: `/api/cities/${c}` }),
    own: [A, A, A, A, A, A, 401] },
  { action: 'list the ULG members', success: 200, request: async (c) => ({ method: 'GET', url: `/api/cities/${c}/members` }),
    own: [A, A, A, A, A, A, 401] },
  { action: "change a member's role", success: 200,
    request: async (c, f) => ({ method: 'PATCH', url: `/api/cities/${c}/members/${await f.member(c)}`, payload: { role: 'observer' } }),
    own: [A, 403, 403, 403, 403, A, 401] },
  { action: 'remove a member', success: 204,
    request: async (c, f) => ({ method: 'DELETE', url: `/api/cities/${c}/members/${await f.member(c)}` }),
    own: [A, 403, 403, 403, 403, A, 401] },
  { action: 'invite a member', success: 201,
    request: async (c) => ({ method: 'POST', url: `/api/cities/${c}/invites`, payload: { role: 'member' } }),
    own: [A, A, 403, 403, 403, A, 401] },
  { action: 'invite a coordinator', success: 201,
    request: async (c) => ({ method: 'POST', url: `/api/cities/${c}/invites`, payload: { role: 'coordinator' } }),
    own: [A, 403, 403, 403, 403, A, 401] },
  { action: 'list pending invites', success: 200, request: async (c) => ({ method: 'GET', url: `/api/cities/${c}/invites` }),
    own: [A, A, 403, 403, 403, A, 401] },
  { action: 'withdraw a member invite', success: 204,
    request: async (c, f) => ({ method: 'DELETE', url: `/api/cities/${c}/invites/${await f.invite(c)}` }),
    own: [A, A, 403, 403, 403, A, 401] },
  { action: 'read the stakeholder register', success: 200,
    request: async (c) => ({ method: 'GET', url: `/api/cities/${c}/stakeholders` }),
    own: [A, A, A, A, A, A, 401] },
  { action: 'read the sector balance', success: 200,
    request: async (c) => ({ method: 'GET', url: `/api/cities/${c}/stakeholders/summary` }),
    own: [A, A, A, A, A, A, 401] },
  { action: 'export the register as CSV', success: 200,
    request: async (c) => ({ method: 'GET', url: `/api/cities/${c}/stakeholders.csv` }),
    own: [A, A, A, A, A, A, 401] },
  { action: 'add a stakeholder', success: 201,
    request: async (c) => ({ method: 'POST', url: `/api/cities/${c}/stakeholders`, payload: stakeholder }),
    own: [A, A, 403, 403, 403, A, 401] },
  { action: 'edit a stakeholder', success: 200,
    request: async (c, f) => ({ method: 'PATCH', url: `/api/cities/${c}/stakeholders/${await f.stakeholder(c)}`, payload: { influence: 5 } }),
    own: [A, A, 403, 403, 403, A, 401] },
  { action: 'delete a stakeholder', success: 204,
    request: async (c, f) => ({ method: 'DELETE', url: `/api/cities/${c}/stakeholders/${await f.stakeholder(c)}` }),
    own: [A, A, 403, 403, 403, A, 401] },
  { action: 'read the audit log', success: 200, request: async (c) => ({ method: 'GET', url: `/api/cities/${c}/audit` }),
    own: [A, 403, 403, 403, A, A, 401] },
  { action: 'change the city settings', success: 200,
    request: async (c) => ({ method: 'PATCH', url: `/api/cities/${c}/settings`, payload: { observersCanComment: true } }),
    own: [A, 403, 403, 403, 403, A, 401] },
];

const CITY_ROLES: readonly Actor[] = ['coordinator', 'facilitator', 'member', 'observer'];

function expectedIn(where: 'own' | 'other', row: MatrixRow, actor: Actor): Outcome {
  const atHome = row.own[ACTORS.indexOf(actor)]!;
  if (where === 'own' || actor === 'anonymous') return atHome;
  return CITY_ROLES.includes(actor) ? 404 : atHome;
}

const cases = MATRIX.flatMap((row) =>
  (['own', 'other'] as const).flatMap((where) =>
    ACTORS.map((actor) => ({ row, actor, where, city: where === 'own' ? OWN : OTHER, expected: expectedIn(where, row, actor) })),
  ),
);

/** One app for the file (each case makes the rows it acts on), every role of Mizil signed in, and what the cases act on. */
const it = appTest.extend('matrix', { scope: 'file' }, async ({ fileServer: { app } }) => {
  const cast: Cast = await signInCast(app, OWN);
  const admin = { cookie: cast.admin!.cookie };
  const asAdmin = async (options: InjectOptions): Promise<{ id: string }> => {
    const response = await app.inject({ ...options, headers: admin });
    if (response.statusCode !== 201) throw new Error(`fixture failed: ${response.body}`);
    return response.json();
  };
  const fixtures: Fixtures = {
    member: async (city) => (await createAccount(app, { name: 'Target', city, role: 'member' })).id,
    stakeholder: async (city) => (await asAdmin({ method: 'POST', url: `/api/cities/${city}/stakeholders`, payload: stakeholder })).id,
    invite: async (city) => (await asAdmin({ method: 'POST', url: `/api/cities/${city}/invites`, payload: { role: 'member' } })).id,
  };
  return { app, cast, fixtures };
});

describe('REST authorization matrix: every role x every action x own city / other city', () => {
  it.for(cases)('$actor in the $where city: $row.action -> $expected', async ({ row, actor, city, expected }, { matrix: { app, cast, fixtures } }) => {
    const request = await row.request(city, fixtures);
    const before = tableCounts(app);
    const cookie = cast[actor]?.cookie;
    const response = await app.inject({ ...request, headers: cookie ? { cookie } : {} });

    if (expected === A) {
      expect(response.statusCode, response.body).toBe(row.success);
      return;
    }
    expect(response.statusCode, response.body).toBe(expected);
    expect(response.json()).toMatchObject({ error: { code: { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' }[expected] } });
    // A refused request leaves no trace: no row written, no audit entry.
    expect(tableCounts(app)).toEqual(before);
  });

  it.for([
    ['coordinator', [OWN]],
    ['observer', [OWN]],
    ['lead_partner', 'all nine'],
    ['admin', 'all nine'],
  ] as const)('the home page of a %s lists %s', async ([actor, expected], { matrix: { app, cast } }) => {
    const response = await app.inject({ method: 'GET', url: '/api/cities', headers: { cookie: cast[actor]!.cookie } });
    expect(response.statusCode).toBe(200);
    const slugs = (response.json() as { cities: { slug: string }[] }).cities.map((city) => city.slug);
    if (expected === 'all nine') expect(slugs).toHaveLength(9);
    else expect(slugs).toEqual(expected);
  });

  it('an anonymous caller is asked to sign in for the city list', async ({ matrix: { app } }) => {
    const response = await app.inject({ method: 'GET', url: '/api/cities' });
    expect(response.statusCode).toBe(401);
  });
});
