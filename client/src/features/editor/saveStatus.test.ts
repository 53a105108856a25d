import { describe, expect, it } from 'vitest';
import { deriveSaveStatus } from './saveStatus';

describe('what the save badge says', () => {
  it('says Saved only online, synced and with every edit committed', () => {
    expect(deriveSaveStatus({ connection: 'online', synced: true, unsaved: false })).toBe('saved');
    expect(deriveSaveStatus({ connection: 'online', synced: true, unsaved: true })).toBe('saving');
  });

  it('waits for the first sync before saying Saved', () => {
    expect(deriveSaveStatus({ connection: 'online', synced: false, unsaved: false })).toBe('connecting');
    expect(deriveSaveStatus({ connection: 'connecting', synced: false, unsaved: false })).toBe('connecting');
  });

  it('offline it never says Saved, and tells whether edits are waiting', () => {
    expect(deriveSaveStatus({ connection: 'offline', synced: false, unsaved: false })).toBe('offline');
    expect(deriveSaveStatus({ connection: 'offline', synced: false, unsaved: true })).toBe('offlineUnsaved');
  });

  it('someone who may only view is told so once synced, and never that edits wait', () => {
    expect(deriveSaveStatus({ connection: 'online', synced: true, unsaved: false }, true)).toBe('viewOnly');
    expect(deriveSaveStatus({ connection: 'online', synced: true, unsaved: true }, true)).toBe('viewOnly');
    expect(deriveSaveStatus({ connection: 'online', synced: false, unsaved: false }, true)).toBe('connecting');
    expect(deriveSaveStatus({ connection: 'offline', synced: false, unsaved: true }, true)).toBe('offline');
  });

  it('a document the server refused stays refused', () => {
    expect(deriveSaveStatus({ connection: 'refused', synced: false, unsaved: false })).toBe('refused');
  });
});
