import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { summariseBudget } from '@iap/shared';
import { ExportRenderer } from '@iap/server/export/ExportRenderer';
import type { ExportPlan } from '@iap/server/export/planContent';

const PLAN: ExportPlan = {
  city: { slug: 'mizil', name: 'Mizil', language: 'ro' },
  language: 'en',
  networkName: 'Creative Clusters',
  state: 'draft',
  versionLabel: 'Current plan, 2026-11-30',
  date: '2026-11-30',
  sections: [{ id: 'vision', title: 'Vision', blocks: [{ kind: 'paragraph', inlines: [{ text: 'Țară', bold: false, italic: false, href: null }] }] }],
  objectives: [],
  actions: [],
  budget: summariseBudget([]),
  indicators: [],
  stakeholders: [],
};

describe('the export renderer thread', () => {
  let renderer: ExportRenderer | null = null;
  afterEach(async () => {
    await renderer?.close();
    renderer = null;
  });

  it('ends its worker when idle and starts it again for the next export', async () => {
    renderer = new ExportRenderer(50);
    const first = await renderer.render(PLAN, 'html', '2026-11-30T00:00:00.000Z');
    expect(first.body.toString('utf8')).toContain('Țară');
    expect(renderer.running).toBe(true);
    while (renderer.running) await sleep(10);
    const second = await renderer.render(PLAN, 'pdf', '2026-11-30T00:00:00.000Z');
    expect(second.body.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
