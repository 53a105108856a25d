import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import type { Language } from '@iap/shared';
import { readerLanguage } from './readerLanguage.js';

/** What a request's code may ask about its reader without being handed the request. */
interface RequestScope {
  languageFor(citySlug: string): Language;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * Runs every /api request inside a scope that knows its reader's language, so a renderer that
 * is handed only its data (the workshop minutes: their route belongs to the workshops plugin
 * and passes the minutes alone) can still write its fixed texts in the reader's language. The
 * routes that have the request at hand call readerLanguage() themselves. The scope is entered
 * in onRequest with `done` inside it, as @fastify/request-context does, so the hooks and the
 * handler that follow run in it; `?lang=` is read when asked, after the route validated it.
 */
export function installRequestLanguage(app: FastifyInstance, cities: { find(slug: string): { language: string } | null }): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.url.startsWith('/api/')) return done();
    const languageFor = (citySlug: string): Language =>
      readerLanguage({
        asked: (request.query as { lang?: Language } | undefined)?.lang,
        account: request.account?.user.locale,
        city: cities.find(citySlug)?.language,
      });
    scope.run({ languageFor }, done);
  });
}

/** The reader's language for a download about `citySlug`; outside a request (a job, a test), the city's rule alone is not known: English. */
export function currentReaderLanguage(citySlug: string): Language {
  return scope.getStore()?.languageFor(citySlug) ?? 'en';
}
