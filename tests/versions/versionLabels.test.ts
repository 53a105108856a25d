import { describe, expect, it } from 'vitest';
import { versionKindOf, versionLabelOf, versionOriginOf, type VersionOrigin } from '@iap/shared';

describe('the labels of the versions the server takes', () => {
  const origins: VersionOrigin[] = [
    { event: 'stateMove', from: 'draft', to: 'in_review' },
    { event: 'beforeRestore', of: 'Draft for ULG meeting 3' },
    { event: 'restored', of: '2026-11-30T08:00:00.000Z' },
    { event: 'workshopStarted', title: 'ULG meeting: priorities' },
    { event: 'workshopEnded', title: '' },
  ];

  it.each(origins)('reads back what it wrote: %o', (origin) => {
    expect(versionOriginOf({ kind: versionKindOf(origin), label: versionLabelOf(origin) })).toEqual(origin);
  });

  it('leaves what people named as they named it, even when it looks like a server label', () => {
    expect(versionOriginOf({ kind: 'named', label: 'Restored after the meeting' })).toBeNull();
    expect(versionOriginOf({ kind: 'auto', label: null })).toBeNull();
    expect(versionOriginOf({ kind: 'state', label: 'draft → nowhere' })).toBeNull();
  });
});
