import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@iap/server';
import { DEMO_PASSWORD, seedDemo } from '@iap/server/seed/demoSeed';
import { CREATIVE_CLUSTERS, STAKEHOLDER_SECTORS, type CitiesResponse, type Me } from '@iap/shared';
import fs from 'node:fs';
import { systemClock } from '@iap/server/clock';
import { openStorage } from '@iap/server/scaleOut';
import { makeDataDir } from '../support/server.js';
import { freshDatabase } from '../support/postgresRedis.js';
import { createAccount, signIn } from '../access/people.js';

const SERVER_DIST = fileURLToPath(new URL('../../server/dist/', import.meta.url));

/** Runs a built server entry point; resolves with its exit code and output. */
function run(script: string, args: string[], env: Record<string, string>, stdin?: string) {
  const child = spawn(process.execPath, [`${SERVER_DIST}${script}`, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin ?? '');
  return {
    child,
    output: () => stdout,
    done: new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.once('exit', (code) => resolve({ code, stdout, stderr })),
    ),
  };
}

describe('the network, the demo seed and the first admin', () => {
  let app: FastifyInstance | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('without the demo seed the nine cities exist but no account, so no default password works', async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    expect((await app.storage.cities.list()).map(({ slug }) => slug)).toEqual(CREATIVE_CLUSTERS.cities.map(({ slug }) => slug));
    expect(await app.storage.users.count()).toBe(0);
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'lead@obidos.demo', password: DEMO_PASSWORD } });
    expect(response.statusCode).toBe(401);
  });

  // Hashes and checks 38 scrypt passwords on purpose: slow by design, so give it room on two shared cores.
  it('the demo seed creates every listed account with the password creative-clusters, and a register per city', { timeout: 90_000 }, async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    const seeded = await seedDemo(app.storage, Date.now);
    expect(seeded.created).toBe(true);
    const emails = seeded.accounts.map((account) => account.email);
    expect(emails).toHaveLength(2 + 4 * 9);
    expect(emails).toEqual(expect.arrayContaining(['lead@obidos.demo', 'admin@network.demo', 'coordinator@jyvaskyla.demo', 'observer@reggio-emilia.demo']));

    const mes = await Promise.all(
      emails.map(async (email) => {
        const cookie = await signIn(app!, email, DEMO_PASSWORD);
        return (await app!.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json() as Me;
      }),
    );
    expect(mes.find((me) => me.user.email === 'lead@obidos.demo')).toMatchObject({ networkRole: 'lead_partner', cityRoles: {} });
    expect(mes.find((me) => me.user.email === 'facilitator@hodmezovasarhely.demo')).toMatchObject({
      networkRole: null,
      cityRoles: { hodmezovasarhely: 'facilitator' },
    });

    const lead = await signIn(app, 'lead@obidos.demo', DEMO_PASSWORD);
    const cities = (await app.inject({ method: 'GET', url: '/api/cities', headers: { cookie: lead } })).json() as CitiesResponse;
    expect(cities.cities.map((city) => city.name)).toContain('Hódmezővásárhely');
    expect(cities.cities).toHaveLength(9);
    expect(cities.cities.find((city) => city.isLeadPartner)?.slug).toBe('obidos');

    for (const { slug } of CREATIVE_CLUSTERS.cities) {
      const sectors = await app.storage.stakeholders.countBySector(slug);
      expect(sectors.length, slug).toBe(STAKEHOLDER_SECTORS.length);
    }
  });

  it('the demo seed never touches a database that already has accounts', async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    await createAccount(app, { name: 'Real admin', networkRole: 'admin' });
    expect(await seedDemo(app.storage, Date.now)).toEqual({ created: false, accounts: [] });
    expect(await app.storage.users.count()).toBe(1);
  });

  it('the start command with DEMO_SEED=1 prints the URL and the demo accounts', { timeout: 90_000 }, async () => {
    const server = run('main.js', [], { DEMO_SEED: '1', PORT: '0', DATA_DIR: makeDataDir() });
    await expect.poll(() => server.output(), { timeout: 80_000 }).toContain('observer@barnsley.demo');
    server.child.kill('SIGTERM');
    const { stdout } = await server.done;
    expect(stdout).toMatch(/running at http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toContain(`password: ${DEMO_PASSWORD}`);
    expect(stdout).toMatch(/lead@obidos\.demo\s+lead partner/);
  });

  it('create-admin makes the first admin from ADMIN_PASSWORD, who can then sign in', async () => {
    const dataDir = makeDataDir();
    const cli = run('cli.js', ['create-admin', '--email', 'First.Admin@Example.org', '--name', 'First Admin'], {
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'a strong admin password',
    });
    const result = await cli.done;
    expect(result.code, result.stderr).toBe(0);

    app = await buildApp({ dataDir, clientDir: null, logLevel: 'warn' });
    const cookie = await signIn(app, 'first.admin@example.org', 'a strong admin password');
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json()).toMatchObject({
      user: { name: 'First Admin' },
      networkRole: 'admin',
    });
  });

  it('create-admin reads a piped password from stdin, and refuses a weak one or a taken e-mail', async () => {
    const dataDir = makeDataDir();
    const args = ['create-admin', '--email', 'admin@example.org', '--name', 'Admin'];
    expect((await run('cli.js', args, { DATA_DIR: dataDir }, 'short\n').done).stderr).toMatch(/password: at least 10 characters/);
    expect((await run('cli.js', args, { DATA_DIR: dataDir }, 'piped admin password\n').done).code).toBe(0);
    const again = await run('cli.js', args, { DATA_DIR: dataDir }, 'piped admin password\n').done;
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);

    app = await buildApp({ dataDir, clientDir: null, logLevel: 'warn' });
    await signIn(app, 'admin@example.org', 'piped admin password');
  });

  it('create-admin with DATABASE_URL creates the admin in that PostgreSQL database, where the server signs them in', async () => {
    const database = await freshDatabase();
    try {
      // A database nobody migrated yet: the command migrates it as the server would.
      await database.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      const dataDir = makeDataDir();
      const cli = run('cli.js', ['create-admin', '--email', 'pg.admin@example.org', '--name', 'Postgres Admin'], {
        DATA_DIR: dataDir,
        DATABASE_URL: database.url,
        ADMIN_PASSWORD: 'a strong admin password',
      });
      const result = await cli.done;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/PostgreSQL/);
      expect(fs.readdirSync(dataDir)).toEqual([]);

      const config = { databaseUrl: database.url, dataDir, sqliteSynchronous: 'NORMAL' as const };
      const quiet = { warn: () => undefined, info: () => undefined };
      app = await buildApp({ storage: await openStorage(config, quiet, systemClock), dataDir, clientDir: null, logLevel: 'warn' });
      const cookie = await signIn(app, 'pg.admin@example.org', 'a strong admin password');
      expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json()).toMatchObject({
        user: { name: 'Postgres Admin' },
        networkRole: 'admin',
      });
    } finally {
      await app?.close();
      app = null;
      await database.drop();
    }
  });
});
