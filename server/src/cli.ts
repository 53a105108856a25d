#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { createAdmin } from './auth/createAdmin.js';
import { readConfig } from './config.js';
import { useEnglishZodMessages } from './zodMessages.js';
import { seedNetwork } from './seed/seedNetwork.js';
import { openStorage, startupLog } from './scaleOut.js';

const USAGE = `Usage: iap-admin create-admin --email <e-mail> --name <name>
  The password comes from the ADMIN_PASSWORD environment variable, or else from stdin
  (typed without echo on a terminal, or piped). The database is the server's: PostgreSQL at
  DATABASE_URL when it is set (migrated if it is new), else SQLite in DATA_DIR (./data).`;

/**
 * Operator commands, run next to the server's database. Like main.ts, an entry point: it
 * reads the environment (DATABASE_URL and DATA_DIR through readConfig, ADMIN_PASSWORD) and
 * nothing else does. It opens the storage as the server does (scaleOut.ts), so an admin created
 * here can sign in on every instance.
 */
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command !== 'create-admin') throw new Error(USAGE);
  const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true });
  if (!values.email || !values.name) throw new Error(USAGE);
  const password = process.env.ADMIN_PASSWORD ?? (await readPassword());
  useEnglishZodMessages();
  const config = readConfig(process.env);
  const storage = await openStorage(config, startupLog, systemClock);
  try {
    await seedNetwork(storage.cities);
    await createAdmin(storage.users, systemClock, { email: values.email, name: values.name, password });
    console.log(`Admin ${values.email.trim().toLowerCase()} created in ${config.databaseUrl ? 'the PostgreSQL database of DATABASE_URL' : config.dataDir}. Sign in at the server's /login.`);
  } finally {
    await storage.close();
  }
}

/** Reads the password from stdin: without echo on a terminal, the first line when piped. */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stdout.write('Password: ');
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\u0003') {
          finish();
          reject(new Error('cancelled'));
          return;
        }
        if (char === '\r' || char === '\n') {
          finish();
          resolve(typed);
          return;
        }
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write('\n');
    };
    stdin.on('data', onData);
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
