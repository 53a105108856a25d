import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ErrorCode,
  exportJobCreatedSchema,
  exportJobRequestSchema,
  exportJobStatusSchema,
  exportQuerySchema,
} from '@iap/shared';
import * as z from 'zod/mini';
import { authorizeInCity } from '../access/authorizeInCity.js';
import { documentKindOf } from '../documents/documentKinds.js';
import { assertCanInNetwork, can } from '../access/policy.js';
import { principalOf, requireAccount } from '../access/requestAccount.js';
import type { CityRecord, CityRepository } from '../cities/CityRepository.js';
import { isoAt, type Clock } from '../clock.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { AppError } from '../errors.js';
import { readerLanguage } from '../i18n/readerLanguage.js';
import type { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
import { attachmentDisposition } from './contentDisposition.js';
import { ExportJobs } from './ExportJobs.js';
import type { ExportJobStore } from './ExportJobStore.js';
import { ExportRenderer } from './ExportRenderer.js';
import { exportLabels } from './labels.js';
import { PlanExporter } from './PlanExporter.js';
import { draftPlanStamp, type PlanStampSource } from './planStamp.js';

export interface ExportPluginOptions {
  clock: Clock;
  cities: Pick<CityRepository, 'find' | 'list'>;
  stakeholders: Pick<StakeholderRepository, 'listCity'>;
  registry: DocumentRegistry;
  /** Where the all-plans jobs live, so that every instance answers for them (Storage.exportJobs). */
  jobStore: ExportJobStore;
  /** The plan state and last named version of a city's plan; every plan is a draft without it. */
  planStamp?: PlanStampSource;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The all-plans export jobs (the benchmark and tests await `idle()`). */
    exportJobs: ExportJobs;
  }
}

const documentParamsSchema = z.object({ name: z.string() });
const jobParamsSchema = z.object({ id: z.string() });

/**
 * Exports of the plans, under /api: one plan in a format (anyone who may read it, observers
 * included: an export shows nothing the reader cannot see in the app), and every plan at
 * once as a ZIP built by a background job (lead partner, admin). See docs/API.md.
 */
export async function exportPlugin(app: FastifyInstance, options: ExportPluginOptions): Promise<void> {
  const { cities, clock } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const renderer = new ExportRenderer();
  app.addHook('onClose', () => renderer.close());
  const exporter = new PlanExporter({
    registry: options.registry,
    stakeholders: options.stakeholders,
    planStamp: options.planStamp ?? draftPlanStamp,
    clock,
    renderer,
  });
  const jobs = new ExportJobs(options.jobStore, exporter, clock, app.log);
  // preClose: the jobs record how they ended while the storage is still open.
  app.addHook('preClose', () => jobs.close());
  app.decorate('exportJobs', jobs);

  // Access is decided before the query is validated (preValidation), as the city gate does:
  // someone who may not read the plan learns 401, 404 or 403, nothing about the format.
  const readers = new WeakMap<FastifyRequest, CityRecord>();
  const readsPlan = {
    preValidation: async (request: FastifyRequest): Promise<void> => {
      const kind = documentKindOf((request.params as { name: string }).name);
      if (!kind) throw new AppError(ErrorCode.notFound, 'No such document');
      readers.set(request, (await authorizeInCity(request, cities, kind.citySlug, kind.readAction)).city);
    },
  };
  const exportsAll = {
    preValidation: async (request: FastifyRequest): Promise<void> => assertCanInNetwork(principalOf(request), 'export.all'),
  };

  const exportSchema = { params: documentParamsSchema, querystring: exportQuerySchema };
  routes.get('/documents/:name/export', { ...readsPlan, schema: exportSchema }, async (request, reply) => {
    const city = readers.get(request)!;
    const language = readerLanguage({ asked: request.query.lang, account: request.account?.user.locale, city: city.language });
    const file = await exporter.exportPlan(city, request.query.format, language);
    return reply.type(file.contentType).header('content-disposition', attachmentDisposition(city.name, file.extension)).send(file.body);
  });

  const startSchema = { body: exportJobRequestSchema, response: { 202: exportJobCreatedSchema } };
  routes.post('/exports', { ...exportsAll, schema: startSchema }, async (request, reply) => {
    const { principal, user } = requireAccount(request);
    const readable = (await cities.list()).filter((city) => can(principal, 'iap.read', city.slug));
    const id = await jobs.start(principal.id, request.body, readable, {
      ofZip: readerLanguage({ asked: request.body.lang, account: user.locale }),
      ofPlan: (city) => readerLanguage({ asked: request.body.lang, account: user.locale, city: city.language }),
    });
    return reply.status(202).send({ id });
  });

  const findJob = async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const { principal } = requireAccount(request);
    const job = await jobs.find(request.params.id, principal.id);
    // Someone else's job answers as a missing one: its id tells nothing about it.
    if (!job) throw new AppError(ErrorCode.notFound, 'No such export', 'id');
    return job;
  };

  const statusSchema = { params: jobParamsSchema, response: { 200: exportJobStatusSchema } };
  routes.get('/exports/:id', { schema: statusSchema }, async (request) => {
    const { status, done, total } = await findJob(request);
    return { status, done, total };
  });

  routes.get('/exports/:id/file', { schema: { params: jobParamsSchema } }, async (request, reply) => {
    const job = await findJob(request);
    const zip = job.status === 'done' ? await jobs.file(job.id, job.ownerId) : null;
    if (!zip) throw new AppError(ErrorCode.conflict, 'The export is not ready');
    const date = (job.finishedAt ?? isoAt(clock())).slice(0, 10);
    return reply
      .type('application/zip')
      .header('content-disposition', attachmentDisposition(`${exportLabels(job.language).zipName} ${date}`, 'zip'))
      .send(zip);
  });
}
