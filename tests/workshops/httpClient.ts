import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { WORKSHOP_GUEST_COOKIE } from '@iap/shared';
import type { ServerProcess } from '../support/serverProcess.js';

const SCRIPT = fileURLToPath(new URL('./accounts-server-process.mjs', import.meta.url));

/** Starts the app with accounts in its own process, so the test can SIGKILL it mid-session. */
export function spawnAccountsServer(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SCRIPT], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening (\d+)/.exec(stdout);
      if (match) resolve({ child, exited, wsUrl: `ws://127.0.0.1:${match[1]}/collab`, httpUrl: `http://127.0.0.1:${match[1]}` });
    });
    void exited.then((code) => reject(new Error(`server process exited (${code}) before listening: ${stderr}`)));
  });
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  setCookie: string | null;
}

/** One person talking to a server over HTTP with their Cookie header; the base URL can change (a restarted server). */
export class HttpPerson {
  constructor(
    public baseUrl: string,
    public cookie: string | null,
    readonly name: string,
  ) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? JSON.parse(text) : text) as T, setCookie: response.headers.get('set-cookie') };
  }

  /** A download: the status, the content type and the body's bytes. */
  async bytes(path: string): Promise<{ status: number; type: string; body: Buffer }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
  }

  get<T = Record<string, unknown>>(path: string): Promise<Answer<T>> {
    return this.call<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown = {}): Promise<Answer<T>> {
    return this.call<T>('POST', path, body);
  }
}

/** Someone without an account who joins the session of `code` as a guest named `name`, with the guest cookie it got. */
export async function joinAsGuest(server: { httpUrl: string }, code: string, name: string): Promise<HttpPerson> {
  const visitor = new HttpPerson(server.httpUrl, null, name);
  const joined = await visitor.post('/api/workshops/join', { code, name });
  if (joined.status !== 200) throw new Error(`joining as a guest answered ${joined.status}: ${JSON.stringify(joined.body)}`);
  visitor.cookie = cookiePair(joined.setCookie);
  if (!visitor.cookie.startsWith(`${WORKSHOP_GUEST_COOKIE}=`)) throw new Error(`joining as a guest set ${visitor.cookie}`);
  return visitor;
}

/** The `name=value` part of a Set-Cookie header. */
export function cookiePair(setCookie: string | null): string {
  if (!setCookie) throw new Error('no cookie was set');
  return setCookie.split(';')[0]!;
}

/** A session's event stream read as a browser's EventSource would: `waitFor(what)` resolves on the next such event. */
export interface EventStreamReader {
  waitFor: (what: string) => Promise<void>;
  /** Resolves on the server's first event (sent on connect): later waits are for later events. */
  connected: Promise<void>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
}

export async function openEventStream(person: HttpPerson, workshopId: string): Promise<EventStreamReader> {
  const controller = new AbortController();
  const response = await fetch(`${person.baseUrl}/api/workshops/${workshopId}/events`, {
    headers: person.cookie ? { cookie: person.cookie } : {},
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`event stream refused: ${response.status}`);
  const waiters: { what: string; resolve: () => void }[] = [];
  let onConnected = (): void => undefined;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  let onEnded = (): void => undefined;
  const ended = new Promise<void>((resolve) => (onEnded = resolve));
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          onEnded();
          return;
        }
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          const { what } = JSON.parse(data) as { what: string };
          onConnected();
          for (const waiter of waiters.filter((candidate) => candidate.what === what)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    waitFor: (what) => new Promise((resolve) => waiters.push({ what, resolve })),
    connected,
    ended,
    close: () => controller.abort(),
  };
}
