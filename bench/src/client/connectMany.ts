import type { BenchSocket } from './BenchSocket.js';

/**
 * Opens `count` sockets, at most `concurrency` still syncing at a time, and resolves when
 * all are synced. On a failure every socket opened so far is closed before it throws.
 */
export async function connectMany(count: number, open: (index: number) => BenchSocket, concurrency = 64): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const socket = open(next);
      next += 1;
      sockets.push(socket);
      await socket.synced;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } catch (error) {
    closeAll(sockets);
    throw error;
  }
  return sockets;
}

export function closeAll(sockets: readonly BenchSocket[]): void {
  for (const socket of sockets) socket.close();
}
