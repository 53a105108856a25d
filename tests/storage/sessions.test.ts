import { describe, expect, it } from 'vitest';
import type { SessionRecord, SessionRepository } from '@iap/server/auth/SessionRepository';
import { ENGINES, useEngine } from '../support/engines.js';
import { addUser } from './rows.js';

const session = (tokenHash: string, userId: string, overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  tokenHash,
  userId,
  createdAt: '2025-03-03T09:00:00.000Z',
  lastSeenAt: '2025-03-03T09:00:00.000Z',
  expiresAt: '2025-03-10T09:00:00.000Z',
  ...overrides,
});

const byToken = (a: { tokenHash: string }, b: { tokenHash: string }) => a.tokenHash.localeCompare(b.tokenHash);

describe.each(ENGINES)('SessionRepository on %s', (name) => {
  const engine = useEngine(name);
  const sessions = (): SessionRepository => engine().storage.sessions;

  it('finds what it stored, by the token hash, and nothing else', async () => {
    await addUser(engine(), 'ana');
    const store = sessions();
    await store.insert(session('h1', 'ana'));
    expect(await store.find('h1')).toEqual(session('h1', 'ana'));
    expect(await store.find('h2')).toBeNull();
  });

  it('refuses a second session under the same hash, and one of an unknown account', async () => {
    await addUser(engine(), 'ana');
    const store = sessions();
    await store.insert(session('h1', 'ana'));
    await expect(store.insert(session('h1', 'ana'))).rejects.toThrow();
    await expect(store.insert(session('h2', 'nobody'))).rejects.toThrow();
  });

  it('touch moves only last_seen_at', async () => {
    await addUser(engine(), 'ana');
    const store = sessions();
    await store.insert(session('h1', 'ana'));
    await store.touch('h1', '2025-03-04T10:00:00.000Z');
    expect(await store.find('h1')).toEqual(session('h1', 'ana', { lastSeenAt: '2025-03-04T10:00:00.000Z' }));
  });

  it('delete answers with the account of the session it deleted, then null', async () => {
    await addUser(engine(), 'ana');
    const store = sessions();
    await store.insert(session('h1', 'ana'));
    expect(await store.delete('h1')).toBe('ana');
    expect(await store.delete('h1')).toBeNull();
    expect(await store.find('h1')).toBeNull();
  });

  it('deleteAllOf deletes every session of one account and answers with their hashes', async () => {
    await addUser(engine(), 'ana');
    await addUser(engine(), 'bo');
    const store = sessions();
    for (const hash of ['a1', 'a2']) await store.insert(session(hash, 'ana'));
    await store.insert(session('b1', 'bo'));
    expect((await store.deleteAllOf('ana')).sort()).toEqual(['a1', 'a2']);
    expect(await store.deleteAllOf('ana')).toEqual([]);
    expect(await store.find('b1')).not.toBeNull();
  });

  it('deleteExpired deletes sessions past their end or idle since the limit (both inclusive), and answers with them', async () => {
    await addUser(engine(), 'ana');
    const store = sessions();
    const now = '2025-03-10T09:00:00.000Z';
    const idleBefore = '2025-03-09T09:00:00.000Z';
    await store.insert(session('ended', 'ana', { expiresAt: now, lastSeenAt: '2025-03-10T08:00:00.000Z' }));
    await store.insert(session('idle', 'ana', { expiresAt: '2025-03-20T09:00:00.000Z', lastSeenAt: idleBefore }));
    await store.insert(session('live', 'ana', { expiresAt: '2025-03-20T09:00:00.000Z', lastSeenAt: '2025-03-09T09:00:00.001Z' }));
    expect((await store.deleteExpired(now, idleBefore)).sort(byToken)).toEqual([
      { tokenHash: 'ended', userId: 'ana' },
      { tokenHash: 'idle', userId: 'ana' },
    ]);
    expect(await store.find('live')).not.toBeNull();
  });

  it('deleteOfDisabledAccounts deletes only the sessions of disabled accounts', async () => {
    await addUser(engine(), 'ana', { disabled: true });
    await addUser(engine(), 'bo');
    const store = sessions();
    await store.insert(session('a1', 'ana'));
    await store.insert(session('b1', 'bo'));
    expect(await store.deleteOfDisabledAccounts()).toEqual([{ tokenHash: 'a1', userId: 'ana' }]);
    expect(await store.deleteOfDisabledAccounts()).toEqual([]);
    expect(await store.find('b1')).not.toBeNull();
  });

  it("an account's deletion takes its sessions with it", async () => {
    await addUser(engine(), 'ana');
    const store = sessions();
    await store.insert(session('a1', 'ana'));
    await engine().query('DELETE FROM users WHERE id = ?', ['ana']);
    expect(await store.find('a1')).toBeNull();
  });
});
