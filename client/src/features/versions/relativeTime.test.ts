import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relativeTime';

const NOW = Date.parse('2026-05-10T12:00:00Z');

describe('relative times of versions', () => {
  it('says now for the last seconds, then minutes, hours and days ago', () => {
    expect(formatRelativeTime('2026-05-10T11:59:40Z', NOW, 'en')).toBe('now');
    expect(formatRelativeTime('2026-05-10T11:55:00Z', NOW, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-05-10T09:00:00Z', NOW, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime('2026-05-09T11:00:00Z', NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime('2026-04-01T12:00:00Z', NOW, 'en')).toBe('last month');
  });

  it('speaks the reader language', () => {
    expect(formatRelativeTime('2026-05-10T11:55:00Z', NOW, 'pt')).toBe('há 5 minutos');
  });
});
