import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from './harness.js';
import { SCALES, SERVER_KINDS, type WorkloadName } from './options.js';
import { CHROMIUM_PATH } from './client/browser.js';
import { CLIENT_DIST_DIR } from './workloads/clientApp.js';

/**
 * Figures that are a count, a size or a duration of something that happened: zero would mean it
 * did not. RSS growth per document is left out: at smoke size (a few 10 KB documents) the
 * allocator can hand pages back and make it negative; the V8 heap figure checks the same thing.
 */
const POSITIVE = new Set([
  'p50',
  'p95',
  'p99',
  'max',
  'arrivals',
  'serverRss',
  'connectSeconds',
  'synced',
  'serverLoad',
  'serverLoadBest',
  'serverLoadLogBest',
  'syncedLog',
  'serverLoadLog',
  'stateKb',
  'baseRss',
  'perDocumentHeap',
  'closedLoopRate',
  'burstRate',
  'signInBrotliKb',
  'homeBrotliKb',
  'documentBrotliKb',
  'ulgBrotliKb',
  'entryGzipKb',
  'routeJsGzipKb',
  'routeCssGzipKb',
  'routeRawKb',
  'transferredKb',
  'editableFirstMs',
  'editableMedianMs',
  'exportP50',
  'exportP99',
  'exportSeconds',
  'zipKb',
]);

const clientBuilt = fs.existsSync(path.join(CLIENT_DIST_DIR, 'index.html')) && fs.existsSync(CHROMIUM_PATH);

// Not a benchmark: tiny sizes, so that the harness cannot rot. No figure is compared with a threshold.
describe('benchmark harness at smoke scale', () => {
  it('measures every workload against every server', { timeout: 300_000 }, async () => {
    const only: WorkloadName[] = ['fanout', 'rooms', 'cold', 'memory', 'durability', ...(clientBuilt ? (['client'] as const) : []), 'export', 'versions'];
    const log: string[] = [];
    const tables = await runBench({ scale: 'smoke', sizes: SCALES.smoke, only, servers: [...SERVER_KINDS], rounds: 1, profileDir: null, log: (line) => log.push(line) });

    expect(tables).toHaveLength(only.length);
    const problems: string[] = [];
    for (const table of tables) {
      for (const row of table.toJson().rows) {
        for (const column of table.columns) {
          const value = row.values[column.label]?.[0] ?? Number.NaN;
          const where = `${table.title} · ${row.metric.label} · ${column.label} = ${value}`;
          if (!Number.isFinite(value)) problems.push(where);
          else if (POSITIVE.has(row.metric.key) && value <= 0) problems.push(`${where} (expected > 0)`);
          else if (row.metric.key === 'missing' && value !== 0) problems.push(`${where} (an update never arrived)`);
        }
      }
    }
    expect(problems, log.join('\n')).toEqual([]);
    expect(tables[0]?.toMarkdown()).toContain('ours ÷ best peer');
  });
});
