import { test as base } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '@iap/server';
import { makeDataDir, startServer, type RunningServer } from '../support/server.js';

/** A clock the test moves instead of sleeping: sessions, invites and rate limits read it. */
export class MovableClock {
  private now = Date.parse('2025-03-03T09:00:00Z');
  readonly read = (): number => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

interface AccountsFixtures {
  clock: MovableClock;
  /** Builds the app for `app.inject` on a fresh data folder (or `options.dataDir`), with the clock; closed after the test. */
  buildAccountsApp: (options?: Partial<BuildAppOptions>) => Promise<FastifyInstance>;
  /** The same app listening on a loopback port, for sockets; closed after the test. */
  startAccountsServer: (options?: Partial<BuildAppOptions>) => Promise<RunningServer>;
}

/** Tests of accounts and sessions: each gets its own clock, and whatever app it builds is closed after it. */
export const test = base.extend<AccountsFixtures>({
  // eslint-disable-next-line no-empty-pattern -- a fixture that needs no other fixture
  clock: async ({}, use) => {
    await use(new MovableClock());
  },
  buildAccountsApp: async ({ clock }, use) => {
    const apps: FastifyInstance[] = [];
    await use(async (options = {}) => {
      const app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn', clock: clock.read, ...options });
      apps.push(app);
      return app;
    });
    await Promise.all(apps.map((app) => app.close()));
  },
  startAccountsServer: async ({ clock }, use) => {
    const servers: RunningServer[] = [];
    await use(async (options = {}) => {
      const server = await startServer({ clock: clock.read, ...options });
      servers.push(server);
      return server;
    });
    await Promise.all(servers.map((server) => server.close()));
  },
});

/** Resolves like `promise`, or rejects once `ms` have passed: a wait that fails instead of hanging. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
