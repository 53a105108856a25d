import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { buildApp } from '@iap/server';
import { openAccess } from '@iap/server/collab/access';
import { systemClock } from '@iap/server/clock';
import { DEFAULT_VERSION_POLICY, VersionService } from '@iap/server/versions/VersionService';
import { iapDocument } from '../fixtures/iapDocument.js';
import { OURS, type ServerSetup } from '../servers/targets.js';
import type { Workload } from './workload.js';

const DOCUMENT = 'versions-bench';

/** Workload 8 (ours only): what history costs in storage, measured in-process on the real version service. */
export const versionCostWorkload: Workload = {
  name: 'versions',
  title: ({ versions }) =>
    `8. Storage per automatic version (ours only): an IAP of ${Math.round(versions.stateBytes / 1000)} KB of Yjs state, then ${versions.edits} small edits`,
  notes: [
    'The bench IAP fixture is applied to a live document through the commit path; a first version is taken (a full state), then single-character edits are committed one by one and the next automatic version is taken. Bytes are the stored row of each version (docs/IAP-MODEL.md: a delta from the previous version plus the delete set). Target: under 10% of the document.',
  ],
  metrics: [
    { key: 'documentKb', label: 'document (encoded state)', unit: 'KB', better: 'info' },
    { key: 'firstKb', label: 'first version (full state)', unit: 'KB', better: 'info' },
    { key: 'autoBytes', label: 'bytes stored by the next automatic version', unit: 'B', better: 'lower' },
    { key: 'autoPercent', label: 'that version as a share of the document', unit: '%', better: 'lower' },
  ],
  setups: (): ServerSetup[] => [{ label: 'ours', target: OURS }],
  measure: async (_setup, context) => {
    const { stateBytes, edits } = context.sizes.versions;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iap-bench-versions-'));
    const app = await buildApp({ dataDir, clientDir: null, logLevel: 'warn', collabAccess: openAccess });
    try {
      const versions = new VersionService(app.storage.versions, app.collab.registry, systemClock, DEFAULT_VERSION_POLICY, app.log, () => false);
      const document = await app.collab.registry.open(DOCUMENT);
      await document.applyServerUpdate(iapDocument(stateBytes));
      await versions.capture(DOCUMENT, { kind: 'auto' });

      // A client's copy, edited one character at a time, each edit committed on its own.
      const editor = new Y.Doc();
      Y.applyUpdate(editor, Y.encodeStateAsUpdate(document.doc));
      const text = firstText(editor.getXmlFragment('default'));
      for (let index = 0; index < edits; index++) {
        const before = Y.encodeStateVector(editor);
        text.insert(Math.floor(text.length / 2), 'x');
        await document.applyServerUpdate(Y.encodeStateAsUpdate(editor, before));
      }
      await versions.capture(DOCUMENT, { kind: 'auto' });
      const rows = app.db.prepare('SELECT length(data) AS bytes FROM document_versions ORDER BY rowid').all() as { bytes: number }[];
      const documentBytes = Y.encodeStateAsUpdate(document.doc).byteLength;
      const autoBytes = rows[1]?.bytes ?? Number.NaN;
      return {
        documentKb: documentBytes / 1024,
        firstKb: (rows[0]?.bytes ?? Number.NaN) / 1024,
        autoBytes,
        autoPercent: (autoBytes / documentBytes) * 100,
      };
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

/** The first text node of the plan, walked iteratively. */
function firstText(fragment: Y.XmlFragment): Y.XmlText {
  const stack: (Y.XmlElement | Y.XmlText | Y.XmlHook)[] = fragment.toArray().reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node instanceof Y.XmlText) return node;
    if (node instanceof Y.XmlElement) stack.push(...node.toArray().reverse());
  }
  throw new Error('the fixture has no text');
}
