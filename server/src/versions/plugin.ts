import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createVersionSchema, versionDiffQuerySchema, versionDiffSchema, versionListSchema, versionSchema } from '@iap/shared';
import * as z from 'zod/mini';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { documentGate, documentParamsSchema, readsDocument, writesDocument } from '../documents/documentGate.js';
import type { VersionService } from './VersionService.js';

export interface VersionsPluginOptions {
  versions: VersionService;
  /** Rejects a write to the plan's content while it is final (the plan-state capability decides). */
  assertWritable: (documentName: string) => Promise<void>;
  cities: CityLookup<GatedCity>;
}

/** Any id is looked up (an unknown one is a 404), so the parameter is not bounded here. */
const versionParamsSchema = z.extend(documentParamsSchema, { id: z.string() });

/**
 * Versions of a city's plan under /api/documents/:name/versions (docs/API.md). The response
 * schemas send what a version shows and nothing the store keeps beside it.
 */
export async function versionsPlugin(app: FastifyInstance, options: VersionsPluginOptions): Promise<void> {
  const { versions, assertWritable } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const gate = documentGate(options.cities);
  const reads = gate.check(readsDocument);
  const writes = gate.check(writesDocument);

  routes.get(
    '/documents/:name/versions',
    { ...reads, schema: { params: documentParamsSchema, response: { 200: versionListSchema } } },
    async (request) => ({ versions: await versions.list(request.params.name) }),
  );

  routes.post(
    '/documents/:name/versions',
    { ...writes, schema: { params: documentParamsSchema, body: createVersionSchema, response: { 201: versionSchema } } },
    async (request, reply) => {
      const { principal } = gate.grantOf(request);
      const version = await versions.capture(request.params.name, { kind: 'named', label: request.body.label, authorId: principal.id });
      if (!version) throw new Error('a named version is always recorded');
      return reply.code(201).send(version);
    },
  );

  routes.get(
    '/documents/:name/versions/:id/diff',
    { ...reads, schema: { params: versionParamsSchema, querystring: versionDiffQuerySchema, response: { 200: versionDiffSchema } } },
    async (request) => versions.diff(request.params.name, request.params.id, request.query.against),
  );

  routes.post(
    '/documents/:name/versions/:id/restore',
    { ...writes, schema: { params: versionParamsSchema, response: { 200: versionSchema } } },
    async (request) => {
      const { principal } = gate.grantOf(request);
      await versions.get(request.params.name, request.params.id);
      await assertWritable(request.params.name);
      return versions.restore(request.params.name, request.params.id, principal.id);
    },
  );
}
