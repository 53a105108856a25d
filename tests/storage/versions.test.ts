import { describe, expect, it } from 'vitest';
import type { NewVersion, VersionStore } from '@iap/server/storage/VersionStore';
import { ENGINES, useEngine } from '../support/engines.js';
import { addUser } from './rows.js';

const version = (id: string, overrides: Partial<NewVersion> = {}): NewVersion => ({
  id,
  name: 'iap:porto',
  kind: 'auto',
  label: null,
  authorId: null,
  createdAt: '2025-03-03T09:00:00.000Z',
  snapshot: new Uint8Array([1, 2, 3, 0, 255]),
  baseId: null,
  chainLength: 1,
  data: new Uint8Array([id.length, 7]),
  ...overrides,
});

describe.each(ENGINES)('VersionStore on %s', (name) => {
  const engine = useEngine(name);
  const versions = (): VersionStore => engine().storage.versions;

  it('insert answers with the stored record, its author named, and find reads it back', async () => {
    await addUser(engine(), 'ana', { name: 'Ana' });
    const store = versions();
    const inserted = await store.insert(version('v1', { kind: 'named', label: 'Before the workshop', authorId: 'ana' }));
    const expected = {
      id: 'v1',
      name: 'iap:porto',
      kind: 'named',
      label: 'Before the workshop',
      createdAt: '2025-03-03T09:00:00.000Z',
      author: { id: 'ana', name: 'Ana' },
      snapshot: new Uint8Array([1, 2, 3, 0, 255]),
      chainLength: 1,
    };
    expect({ ...inserted, snapshot: new Uint8Array(inserted.snapshot) }).toEqual(expected);
    const found = await store.find('v1');
    expect(found && { ...found, snapshot: new Uint8Array(found.snapshot) }).toEqual(expected);
    expect(await store.find('v2')).toBeNull();
  });

  it('list is newest first, versions of one instant newest inserted first; latest is the first of it', async () => {
    const store = versions();
    await store.insert(version('old', { createdAt: '2025-03-03T08:00:00.000Z' }));
    // Ids in the opposite order of insertion: only the insertion order can put them right.
    for (const id of ['v-c', 'v-b', 'v-a']) await store.insert(version(id));
    await store.insert(version('other', { name: 'iap:turku', createdAt: '2025-03-04T08:00:00.000Z' }));
    expect((await store.list('iap:porto')).map((v) => v.id)).toEqual(['v-a', 'v-b', 'v-c', 'old']);
    expect((await store.latest('iap:porto'))?.id).toBe('v-a');
    expect(await store.latest('iap:lisbon')).toBeNull();
    expect(await store.list('iap:lisbon')).toEqual([]);
  });

  it('loadChain gives the rows from the full state up to the version, in order', async () => {
    const store = versions();
    await store.insert(version('full', { data: new Uint8Array([1]) }));
    await store.insert(version('d1', { baseId: 'full', chainLength: 2, data: new Uint8Array([2]) }));
    await store.insert(version('d2', { baseId: 'd1', chainLength: 3, data: new Uint8Array([3, 3]) }));
    const chain = await store.loadChain('d2');
    expect(chain.map((row) => [...row])).toEqual([[1], [2], [3, 3]]);
    expect((await store.loadChain('full')).map((row) => [...row])).toEqual([[1]]);
    await expect(store.loadChain('missing')).rejects.toThrow(/missing/);
  });

  it('refuses a delta on a base that does not exist', async () => {
    await expect(versions().insert(version('d1', { baseId: 'nowhere', chainLength: 2 }))).rejects.toThrow();
  });
});
