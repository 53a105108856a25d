import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBench } from './harness.js';
import { parseArgs } from './options.js';

const RESULTS_DIR = fileURLToPath(new URL('../results', import.meta.url));

/** `pnpm bench [--scale smoke|full] [--only fanout,rooms,...] [--rounds N] [--profile DIR]` */
async function main(): Promise<void> {
  const options = { ...parseArgs(process.argv.slice(2)), log: (line: string) => console.error(line) };
  if (options.profileDir) fs.mkdirSync(options.profileDir, { recursive: true });
  const startedAt = new Date();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`;
  console.log(`# IAP Workspace benchmarks · scale ${options.scale} · ${options.rounds} round(s) · ${startedAt.toISOString()}\n\n${machine}\n`);
  const tables = await runBench(options, (table) => console.log(`${table.toMarkdown()}\n`));
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${startedAt.toISOString().replace(/[:.]/g, '-')}-${options.scale}.json`);
  fs.writeFileSync(file, JSON.stringify({ startedAt, machine, options, tables: tables.map((table) => table.toJson()) }, null, 2));
  console.error(`results written to ${path.relative(process.cwd(), file)}`);
}

// Ctrl-C: exit normally so that the exit handler kills every server process.
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
