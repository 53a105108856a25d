// The real app (accounts, sessions, city roles) in its own process, for a workshop test that
// SIGKILLs it. Prints "listening <port>" once ready; the data folder comes from DATA_DIR.
import { buildApp } from '@iap/server';

const app = await buildApp({ dataDir: process.env.DATA_DIR, clientDir: null, logLevel: 'warn' });
await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening ${app.server.address().port}`);
