import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./open-server-process.mjs', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  wsUrl: string;
  httpUrl: string;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
}

/** Starts the server in its own process so a test can SIGKILL or SIGTERM it. */
export function spawnServerProcess(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code ?? -1));
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening (\d+)/.exec(stdout);
      if (match) {
        resolve({ child, exited, wsUrl: `ws://127.0.0.1:${match[1]}/collab`, httpUrl: `http://127.0.0.1:${match[1]}` });
      }
    });
    void exited.then((code) => reject(new Error(`server process exited (${code}) before listening: ${stderr}`)));
  });
}
