import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_ENV, type ChildMessage, type ParentMessage, type ServerConfig } from './childProtocol.js';
import { sampleProcess, type ProcessSample } from './procStats.js';
import type { ServerSetup } from './targets.js';

const BENCH_DIR = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 20_000;

/** Every server process alive; killed when the bench process exits, however it exits. */
const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of liveChildren) child.kill('SIGKILL');
});

export interface StartOptions {
  /** Reuse a data folder (a restart); a fresh temporary one otherwise. */
  dataDir?: string;
  /** Write a V8 CPU profile of the server into this folder when it stops. */
  profileDir?: string | null;
  log?: (line: string) => void;
}

/** A server under test, alone in its own Node process, on a loopback port. */
export class ServerProcess {
  private exited: Promise<void>;

  private constructor(
    readonly setup: ServerSetup,
    readonly dataDir: string,
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
  }

  static async start(setup: ServerSetup, options: StartOptions = {}): Promise<ServerProcess> {
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), `bench-${setup.target.kind}-`));
    const config: ServerConfig = { ...setup.config, dataDir };
    // One folder per server run: Node writes a profile per thread (tsx's loader runs in its own);
    // the main thread's file is the one whose name ends in .0.<seq>.cpuprofile.
    const profile = options.profileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.profileDir, `${slug(setup.label)}-${Date.now()}`)}`]
      : [];
    const child = spawn(process.execPath, ['--expose-gc', ...profile, '--import', 'tsx', setup.target.script], {
      cwd: BENCH_DIR,
      env: { ...process.env, [CONFIG_ENV]: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    liveChildren.add(child);
    child.once('exit', () => liveChildren.delete(child));
    const output: string[] = [];
    const forward = (data: Buffer): void => {
      for (const line of data.toString().split('\n').filter(Boolean)) {
        output.push(line);
        if (output.length > 20) output.shift();
        options.log?.(`  [${setup.label}] ${line}`);
      }
    };
    child.stdout?.on('data', forward);
    child.stderr?.on('data', forward);
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => fail(`did not start within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
      const fail = (why: string): void => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        // A folder made for this start goes with it; a restart's folder belongs to the caller.
        if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
        reject(new Error(`${setup.label} ${why}\n${output.join('\n')}`));
      };
      child.once('exit', (code) => fail(`exited with ${code} before it was ready`));
      child.on('message', (message: ChildMessage) => {
        if (message.type !== 'ready') return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.once('exit', () => liveChildren.delete(child));
        resolve(message.port);
      });
    });
    return new ServerProcess(setup, dataDir, child, port);
  }

  get label(): string {
    return this.setup.label;
  }

  documentUrl(document: string): string {
    return this.setup.target.documentUrl(this.port, document);
  }

  sample(): ProcessSample {
    if (this.child.pid === undefined) throw new Error(`${this.label} has no pid`);
    return sampleProcess(this.child.pid);
  }

  /** Runs a full garbage collection in the server; resolves with its heap in use after it. */
  async collectGarbage(): Promise<number> {
    const reply = await this.request({ type: 'gc' });
    return reply.type === 'gc' ? reply.heapUsedBytes : Number.NaN;
  }

  /** Server-side load time (ms) of each document loaded since the process started. */
  async loadTimes(): Promise<Record<string, number>> {
    const reply = await this.request({ type: 'loads' });
    return reply.type === 'loads' ? reply.loads : {};
  }

  /** Graceful stop (SIGTERM: each server flushes what it holds), then SIGKILL if it hangs. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
  }

  /** Stops the server and removes its data folder. */
  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private request(message: ParentMessage): Promise<ChildMessage> {
    return new Promise((resolve, reject) => {
      const onMessage = (reply: ChildMessage): void => {
        if (reply.type !== message.type) return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolve(reply);
      };
      const onExit = (): void => {
        this.child.off('message', onMessage);
        reject(new Error(`${this.label} exited`));
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(message);
    });
  }
}

function slug(label: string): string {
  return label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}
