import type { FastifyInstance } from 'fastify';
import { createVersionSchema, ErrorCode, versionDiffQuerySchema, type Version, type VersionDiff, type VersionList } from '@iap/shared';
import { authorizeInCity } from '../access/authorizeInCity.js';
import type { CityRepository } from '../cities/CityRepository.js';
import { AppError } from '../errors.js';
import type { VersionRecord } from '../storage/VersionStore.js';
import { citySlugOfIapDocument } from '@iap/shared';
import type { VersionService } from './VersionService.js';

export interface VersionsPluginOptions {
  versions: VersionService;
  /** Rejects a write to the plan's content while it is final (the plan-state capability decides). */
  assertWritable: (documentName: string) => Promise<void>;
  cities: CityRepository;
}

const toVersion = (record: VersionRecord): Version => ({
  id: record.id,
  label: record.label,
  kind: record.kind,
  createdAt: record.createdAt,
  author: record.author,
});

/** Versions of a city's plan under /api/documents/:name/versions (docs/API.md). */
export async function versionsPlugin(app: FastifyInstance, options: VersionsPluginOptions): Promise<void> {
  const { versions, assertWritable, cities } = options;

  const cityOf = (name: string): string => {
    const slug = citySlugOfIapDocument(name);
    if (!slug) throw new AppError(ErrorCode.notFound, 'No such document');
    return slug;
  };

  app.get<{ Params: { name: string } }>('/documents/:name/versions', async (request): Promise<VersionList> => {
    authorizeInCity(request, cities, cityOf(request.params.name), 'iap.read');
    return { versions: (await versions.list(request.params.name)).map(toVersion) };
  });

  app.post<{ Params: { name: string } }>('/documents/:name/versions', async (request, reply): Promise<Version> => {
    const { principal } = authorizeInCity(request, cities, cityOf(request.params.name), 'iap.edit');
    const { label } = createVersionSchema.parse(request.body);
    const version = await versions.capture(request.params.name, { kind: 'named', label, authorId: principal.id });
    if (!version) throw new Error('a named version is always recorded');
    reply.code(201);
    return toVersion(version);
  });

  app.get<{ Params: { name: string; id: string } }>('/documents/:name/versions/:id/diff', async (request): Promise<VersionDiff> => {
    authorizeInCity(request, cities, cityOf(request.params.name), 'iap.read');
    const { against } = versionDiffQuerySchema.parse(request.query);
    return versions.diff(request.params.name, request.params.id, against);
  });

  app.post<{ Params: { name: string; id: string } }>('/documents/:name/versions/:id/restore', async (request): Promise<Version> => {
    const { principal } = authorizeInCity(request, cities, cityOf(request.params.name), 'iap.edit');
    await versions.get(request.params.name, request.params.id);
    await assertWritable(request.params.name);
    return toVersion(await versions.restore(request.params.name, request.params.id, principal.id));
  });
}
