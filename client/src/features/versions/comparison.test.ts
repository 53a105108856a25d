import { describe, expect, it } from 'vitest';
import type { Version } from '@iap/shared';
import { comparisonFor } from './comparison';

const version = (id: string): Version => ({ id, label: null, kind: 'auto', createdAt: '2026-05-10T12:00:00Z', author: null });
// Newest first, as the server lists them.
const versions = [version('v3'), version('v2'), version('v1')];

describe('what a selected version is compared with', () => {
  it('by default, the version before it, older side first', () => {
    expect(comparisonFor(versions, versions[1]!, 'previous')).toMatchObject({ fromId: 'v1', against: 'v2' });
  });

  it('the first version has nothing before it', () => {
    expect(comparisonFor(versions, versions[2]!, 'previous')).toBeNull();
  });

  it('against the current plan, from the version', () => {
    expect(comparisonFor(versions, versions[2]!, 'current')).toMatchObject({ fromId: 'v1', against: 'current', newer: null });
  });

  it('against another version, always from the older one to the newer one', () => {
    expect(comparisonFor(versions, versions[2]!, { versionId: 'v3' })).toMatchObject({ fromId: 'v1', against: 'v3' });
    expect(comparisonFor(versions, versions[0]!, { versionId: 'v1' })).toMatchObject({ fromId: 'v1', against: 'v3' });
    expect(comparisonFor(versions, versions[0]!, { versionId: 'v3' })).toBeNull();
  });
});
