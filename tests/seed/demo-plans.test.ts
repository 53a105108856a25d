import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@iap/server';
import { DEMO_PASSWORD, seedDemo, type DemoSeedResult } from '@iap/server/seed/demoSeed';
import { demoBanner } from '@iap/server/seed/demoBanner';
import {
  actionSchema,
  commentThreadListSchema,
  IAP_NODE,
  IAP_YDOC,
  objectiveSchema,
  planStateInfoSchema,
  versionListSchema,
} from '@iap/shared';
import { makeDataDir } from '../support/server.js';
import { signIn } from '../access/people.js';

/** A phrase each plan holds in its own language, and the state it ends in. */
const SEEDED = [
  { slug: 'barnsley', phrase: 'creative industries now employ', state: 'draft' },
  { slug: 'obidos', phrase: 'o município apostou na economia criativa', state: 'final' },
  { slug: 'mizil', phrase: 'industriile creative pot lega', state: 'draft' },
  { slug: 'jyvaskyla', phrase: 'Luovan talouden kasvulle', state: 'submitted' },
] as const;

interface ReadPlan {
  textBySection: Map<string, string>;
  objectives: unknown[];
  actions: unknown[];
}

/** Reads the committed plan the way a second path would: the text under each section heading, and the arrays. */
async function readPlan(app: FastifyInstance, slug: string): Promise<ReadPlan> {
  const document = await app.collab.registry.open(`iap.${slug}`);
  return document.readCommitted((doc) => {
    const textBySection = new Map<string, string>();
    let section: string | null = null;
    for (const child of doc.getXmlFragment(IAP_YDOC.text).toArray()) {
      if (child instanceof Y.XmlElement && child.nodeName === IAP_NODE.sectionHeading) {
        section = String(child.getAttribute('sectionId'));
        continue;
      }
      if (section) textBySection.set(section, (textBySection.get(section) ?? '') + child.toString().replace(/<[^>]*>/g, ''));
    }
    return {
      textBySection,
      objectives: doc.getArray<Y.Map<unknown>>(IAP_YDOC.objectives).toJSON(),
      actions: doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).toJSON(),
    };
  });
}

const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));

/** Starts the built server with DEMO_SEED=1 on a data folder, waits for its banner, stops it; resolves with its output. */
async function startAndStop(dataDir: string): Promise<string> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', DEMO_SEED: '1', PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await expect.poll(() => output, { timeout: 80_000 }).toContain('observer@barnsley.demo');
  child.kill('SIGTERM');
  await exited;
  return output;
}

function countRows(app: FastifyInstance): Record<string, number> {
  const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    updates: count('document_updates') + count('document_snapshots'),
    threads: count('comment_threads'),
    comments: count('comments'),
    moves: count('plan_state_changes'),
  };
}

describe('the demo seed writes four living plans', () => {
  let app: FastifyInstance;
  let seeded: DemoSeedResult;
  let lead: string;

  // 38 scrypt hashes, then four plans through the real commit path: room on two shared cores.
  beforeAll(async () => {
    app = await buildApp({ dataDir: makeDataDir(), clientDir: null, logLevel: 'warn' });
    seeded = await seedDemo(app.storage, Date.now, { registry: app.collab.registry, planStates: app.planStates, versions: app.versions });
    lead = await signIn(app, 'lead@obidos.demo', DEMO_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('each plan holds text in its own language in several sections', async () => {
    for (const { slug, phrase } of SEEDED) {
      const plan = await readPlan(app, slug);
      const written = [...plan.textBySection].filter(([, text]) => text.trim().length > 0).map(([id]) => id);
      expect(written.length, slug).toBeGreaterThanOrEqual(3);
      expect(plan.textBySection.get('context'), slug).toContain(phrase);
    }
    // A city outside the demo keeps its empty template.
    const untouched = await readPlan(app, 'enguera');
    expect([...untouched.textBySection.values()].join('').trim()).toBe('');
    expect(untouched.actions).toEqual([]);
  });

  it('each plan has objectives with indicators and 4 to 8 actions the action card would accept', async () => {
    for (const { slug } of SEEDED) {
      const plan = await readPlan(app, slug);
      expect(plan.actions.length, slug).toBeGreaterThanOrEqual(4);
      expect(plan.actions.length, slug).toBeLessThanOrEqual(8);
      const objectives = plan.objectives.map((objective) => objectiveSchema.parse(objective));
      expect(objectives.length, slug).toBeGreaterThan(0);
      expect(objectives.every((objective) => objective.indicators.length > 0), slug).toBe(true);
      const objectiveIds = new Set(objectives.map((objective) => objective.id));
      for (const raw of plan.actions) {
        const action = actionSchema.parse(raw);
        if (action.objectiveId) expect(objectiveIds, action.id).toContain(action.objectiveId);
      }
      const actions = plan.actions.map((raw) => actionSchema.parse(raw));
      expect(actions.some((action) => action.fundingSources.length > 0 && action.start !== null), slug).toBe(true);
    }
  });

  it('plan states, comment threads and a named version are there for the lead partner to see', async () => {
    for (const { slug, state } of SEEDED) {
      const name = `iap.${slug}`;
      const info = planStateInfoSchema.parse((await app.inject({ method: 'GET', url: `/api/documents/${name}/state`, headers: { cookie: lead } })).json());
      expect(info.state, slug).toBe(state);
      const threads = commentThreadListSchema.parse(
        (await app.inject({ method: 'GET', url: `/api/documents/${name}/comments`, headers: { cookie: lead } })).json(),
      ).threads;
      expect(threads.length, slug).toBeGreaterThanOrEqual(2);
      expect(threads.every((thread) => thread.anchor.kind === 'action'), slug).toBe(true);
      const versions = versionListSchema.parse(
        (await app.inject({ method: 'GET', url: `/api/documents/${name}/versions`, headers: { cookie: lead } })).json(),
      ).versions;
      expect(versions.some((version) => version.kind === 'named' && version.label), slug).toBe(true);
    }
    const obidos = planStateInfoSchema.parse((await app.inject({ method: 'GET', url: '/api/documents/iap.obidos/state', headers: { cookie: lead } })).json());
    expect(obidos.history.map((change) => change.to)).toEqual(['in_review', 'validated', 'submitted', 'final']);
    expect((await app.inject({ method: 'GET', url: '/api/documents/iap.enguera/state', headers: { cookie: lead } })).json()).toMatchObject({ state: 'draft' });
  });

  it('the banner lists the four plans with their language and state', () => {
    const banner = demoBanner('http://127.0.0.1:3000', seeded);
    expect(banner).toMatch(/Óbidos: Portuguese, final/);
    expect(banner).toMatch(/Jyväskylä: Finnish, submitted/);
    expect(banner).toMatch(/Mizil: Romanian, draft/);
    expect(banner).toMatch(/Barnsley: English, draft/);
  });

  it('seeding a second time writes nothing', async () => {
    const before = countRows(app);
    const again = await seedDemo(app.storage, Date.now, { registry: app.collab.registry, planStates: app.planStates, versions: app.versions });
    expect(again.created).toBe(false);
    expect(again.plans).toBeUndefined();
    expect(countRows(app)).toEqual(before);
  });
});

describe('the start command with DEMO_SEED=1', () => {
  // Two real starts on one data folder: 38 scrypt hashes on the first, on two shared cores.
  it('writes the plans on the first start and nothing on the second', { timeout: 200_000 }, async () => {
    const dataDir = makeDataDir();
    const first = await startAndStop(dataDir);
    expect(first).toContain('Óbidos: Portuguese, final');
    expect(first).toContain('Jyväskylä: Finnish, submitted');
    const countNow = async () => {
      const app = await buildApp({ dataDir, clientDir: null, logLevel: 'warn' });
      try {
        return countRows(app);
      } finally {
        await app.close();
      }
    };
    const before = await countNow();
    expect(before.moves).toBe(7);

    const second = await startAndStop(dataDir);
    expect(second).toContain('from an earlier run');
    expect(second).not.toContain('Demo plans written now');
    expect(await countNow()).toEqual(before);
  });
});
