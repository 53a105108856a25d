import { describe, expect, it } from 'vitest';
import { importUntilLoaded } from './lazyUntilLoaded';

describe('importUntilLoaded', () => {
  it('asks again after each failed fetch and resolves with the module once it arrives', async () => {
    let attempts = 0;
    let waits = 0;
    const load = (): Promise<string> => {
      attempts += 1;
      return attempts < 3 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve('module');
    };
    const nextTry = (): Promise<void> => {
      waits += 1;
      return Promise.resolve();
    };

    await expect(importUntilLoaded(load, nextTry)).resolves.toBe('module');
    expect(attempts).toBe(3);
    expect(waits).toBe(2);
  });

  it('does not wait when the first fetch succeeds', async () => {
    let waits = 0;
    await importUntilLoaded(
      () => Promise.resolve('module'),
      () => {
        waits += 1;
        return Promise.resolve();
      },
    );
    expect(waits).toBe(0);
  });
});
