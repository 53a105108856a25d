import type { FastifyInstance } from 'fastify';
import {
  citySlugOfIapDocument,
  ErrorCode,
  exportJobRequestSchema,
  exportQuerySchema,
  type ExportJobCreated,
  type ExportJobStatus,
} from '@iap/shared';
import { assertCanInNetwork, can } from '../access/policy.js';
import { principalOf, requireAccount } from '../access/requestAccount.js';
import { isoAt, type Clock } from '../clock.js';
import { authorizeInCity } from '../access/authorizeInCity.js';
import { CityRepository } from '../cities/CityRepository.js';
import { AppError } from '../errors.js';
import { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
import { attachmentDisposition } from './contentDisposition.js';
import { ExportJobs } from './ExportJobs.js';
import { ExportRenderer } from './ExportRenderer.js';
import { PlanExporter } from './PlanExporter.js';
import { draftPlanStamp, type PlanStampSource } from './planStamp.js';

export interface ExportPluginOptions {
  clock: Clock;
  /** The plan state and version of a city's plan; every plan is a draft until plan states pass theirs. */
  planStamp?: PlanStampSource;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The all-plans export jobs (the benchmark and tests await `idle()`). */
    exportJobs: ExportJobs;
  }
}

type DocumentParams = { Params: { name: string }; Querystring: Record<string, unknown> };
type JobParams = { Params: { id: string } };

/**
 * Exports of the plans, under /api: one plan in a format (anyone who may read it, observers
 * included: an export shows nothing the reader cannot see in the app), and every plan at
 * once as a ZIP built by a background job (lead partner, admin). See docs/API.md.
 */
export async function exportPlugin(app: FastifyInstance, options: ExportPluginOptions): Promise<void> {
  const cities = new CityRepository(app.db);
  const renderer = new ExportRenderer();
  app.addHook('onClose', () => renderer.close());
  const exporter = new PlanExporter({
    registry: app.collab.registry,
    stakeholders: new StakeholderRepository(app.db),
    planStamp: options.planStamp ?? draftPlanStamp,
    clock: options.clock,
    renderer,
  });
  const jobs = new ExportJobs(exporter, options.clock, app.log);
  app.decorate('exportJobs', jobs);

  app.get<DocumentParams>('/documents/:name/export', async (request, reply) => {
    const slug = citySlugOfIapDocument(request.params.name);
    if (!slug) throw new AppError(ErrorCode.notFound, 'No such document');
    const { city } = authorizeInCity(request, cities, slug, 'iap.read');
    const { format } = exportQuerySchema.parse({ format: request.query.format });
    const file = await exporter.exportPlan(city, format);
    return reply.type(file.contentType).header('content-disposition', attachmentDisposition(city.name, file.extension)).send(file.body);
  });

  app.post('/exports', async (request, reply): Promise<ExportJobCreated> => {
    const principal = principalOf(request);
    assertCanInNetwork(principal, 'export.all');
    const input = exportJobRequestSchema.parse(request.body);
    const readable = cities.list().filter((city) => can(principal, 'iap.read', city.slug));
    const id = jobs.start(principal.id, input, readable);
    void reply.status(202);
    return { id };
  });

  const findJob = (request: { params: { id: string } } & Parameters<typeof requireAccount>[0]) => {
    const { principal } = requireAccount(request);
    const job = jobs.find(request.params.id, principal.id);
    // Someone else's job answers as a missing one: its id tells nothing about it.
    if (!job) throw new AppError(ErrorCode.notFound, 'No such export', 'id');
    return job;
  };

  app.get<JobParams>('/exports/:id', async (request): Promise<ExportJobStatus> => {
    const { status, done, total } = findJob(request);
    return { status, done, total };
  });

  app.get<JobParams>('/exports/:id/file', async (request, reply) => {
    const job = findJob(request);
    if (job.status !== 'done' || !job.zip) throw new AppError(ErrorCode.conflict, 'The export is not ready');
    const date = isoAt(job.finishedAt ?? options.clock()).slice(0, 10);
    return reply
      .type('application/zip')
      .header('content-disposition', attachmentDisposition(`IAP plans ${date}`, 'zip'))
      .send(job.zip);
  });
}
