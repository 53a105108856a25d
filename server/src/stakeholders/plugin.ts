import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ErrorCode,
  stakeholderCreateSchema,
  stakeholderPatchSchema,
  stakeholderSchema,
  stakeholdersResponseSchema,
  stakeholderSummarySchema,
} from '@iap/shared';
import * as z from 'zod/mini';
import type { CityLookup, GatedCity } from '../access/authorizeInCity.js';
import { cityGate, cityParamsSchema } from '../access/cityGate.js';
import { can } from '../access/policy.js';
import { isoAt, type Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { MembershipRepository } from '../members/MembershipRepository.js';
import { toCsv } from './csv.js';
import { CSV_HEADER, csvRow, summarizeRegister, toStakeholder, visibleStakeholders } from './stakeholderView.js';
import type { StakeholderRecord, StakeholderRepository } from './StakeholderRepository.js';

const stakeholderParamsSchema = z.extend(cityParamsSchema, { id: z.string() });

export interface StakeholdersPluginOptions {
  clock: Clock;
  cities: CityLookup<GatedCity>;
  stakeholders: StakeholderRepository;
  /** To check that a linked account is in the city's ULG. */
  memberships: Pick<MembershipRepository, 'find'>;
}

/** The stakeholder register of a city's ULG, under /api/cities. */
export async function stakeholdersPlugin(app: FastifyInstance, options: StakeholdersPluginOptions): Promise<void> {
  const { clock, cities, stakeholders, memberships } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const gate = cityGate(cities);
  const reads = gate.check('stakeholders.read');
  const manages = gate.check('stakeholders.manage');

  /** The city read, and whether the caller sees the complete register. */
  const reader = (request: FastifyRequest) => {
    const { principal, city } = gate.grantOf(request);
    return { city, complete: can(principal, 'stakeholders.manage', city.slug) };
  };

  /** A linked account must belong to this city's ULG, or the link would leak another city's people. */
  const assertLinkable = async (citySlug: string, userId: string | null): Promise<void> => {
    if (userId && !(await memberships.find(userId, citySlug))) {
      throw new AppError(ErrorCode.invalidPayload, 'linkedUserId: not a member of this city', 'linkedUserId');
    }
  };

  const findOr404 = async (id: string, citySlug: string) => {
    const found = await stakeholders.find(id, citySlug);
    if (!found) throw new AppError(ErrorCode.notFound, 'No such stakeholder', 'id');
    return found;
  };

  const listSchema = { params: cityParamsSchema, response: { 200: stakeholdersResponseSchema } };
  routes.get('/:slug/stakeholders', { ...reads, schema: listSchema }, async (request) => {
    const { city, complete } = reader(request);
    return { stakeholders: visibleStakeholders(await stakeholders.listCity(city.slug), complete), complete };
  });

  const summarySchema = { params: cityParamsSchema, response: { 200: stakeholderSummarySchema } };
  routes.get('/:slug/stakeholders/summary', { ...reads, schema: summarySchema }, async (request) => {
    const { city } = reader(request);
    return summarizeRegister(stakeholders, city.slug);
  });

  routes.get('/:slug/stakeholders.csv', { ...reads, schema: { params: cityParamsSchema } }, async (request, reply) => {
    const { city, complete } = reader(request);
    const rows = visibleStakeholders(await stakeholders.listCity(city.slug), complete).map(csvRow);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="stakeholders-${city.slug}.csv"`)
      .send(toCsv(CSV_HEADER, rows));
  });

  const oneSchema = { params: stakeholderParamsSchema, response: { 200: stakeholderSchema } };
  routes.get('/:slug/stakeholders/:id', { ...reads, schema: oneSchema }, async (request) => {
    const { city, complete } = reader(request);
    const found = await findOr404(request.params.id, city.slug);
    if (!complete && !found.consentToBeListed) throw new AppError(ErrorCode.notFound, 'No such stakeholder', 'id');
    return toStakeholder(found, complete);
  });

  const createSchema = { params: cityParamsSchema, body: stakeholderCreateSchema, response: { 201: stakeholderSchema } };
  routes.post('/:slug/stakeholders', { ...manages, schema: createSchema }, async (request, reply) => {
    const { principal, city } = gate.grantOf(request);
    const input = request.body;
    await assertLinkable(city.slug, input.linkedUserId ?? null);
    const now = isoAt(clock());
    const record: StakeholderRecord = {
      id: randomUUID(),
      citySlug: city.slug,
      name: input.name,
      organisation: input.organisation || null,
      sector: input.sector,
      gender: input.gender ?? null,
      importance: input.importance,
      influence: input.influence,
      contact: input.contact || null,
      consentToBeListed: input.consentToBeListed,
      linkedUserId: input.linkedUserId ?? null,
      createdBy: principal.id,
      createdAt: now,
      updatedAt: now,
    };
    await stakeholders.create(record, [
      {
        actorId: principal.id,
        citySlug: city.slug,
        action: 'stakeholder.created',
        subject: { type: 'stakeholder', id: record.id },
        details: { name: record.name, sector: record.sector },
      },
    ]);
    void reply.status(201);
    return toStakeholder(await findOr404(record.id, city.slug), true);
  });

  const patchSchema = { params: stakeholderParamsSchema, body: stakeholderPatchSchema, response: { 200: stakeholderSchema } };
  routes.patch('/:slug/stakeholders/:id', { ...manages, schema: patchSchema }, async (request) => {
    const { principal, city } = gate.grantOf(request);
    const patch = request.body;
    const current = await findOr404(request.params.id, city.slug);
    if (patch.linkedUserId !== undefined) await assertLinkable(city.slug, patch.linkedUserId);
    const next: StakeholderRecord = {
      ...current,
      ...definedFields(patch),
      organisation: patch.organisation === undefined ? current.organisation : patch.organisation || null,
      contact: patch.contact === undefined ? current.contact : patch.contact || null,
      updatedAt: isoAt(clock()),
    };
    const changed = Object.keys(definedFields(patch)).filter(
      (key) => next[key as keyof StakeholderRecord] !== current[key as keyof StakeholderRecord],
    );
    if (changed.length > 0) {
      await stakeholders.update(next, [
        {
          actorId: principal.id,
          citySlug: city.slug,
          action: 'stakeholder.updated',
          subject: { type: 'stakeholder', id: current.id },
          // Field names, not values: contact details must not be copied into the log.
          details: { name: next.name, fields: changed },
        },
      ]);
    }
    return toStakeholder(await findOr404(current.id, city.slug), true);
  });

  routes.delete('/:slug/stakeholders/:id', { ...manages, schema: { params: stakeholderParamsSchema } }, async (request, reply) => {
    const { principal, city } = gate.grantOf(request);
    const current = await findOr404(request.params.id, city.slug);
    // Gone meanwhile (a concurrent delete) is the same answer: the entry is not there.
    await stakeholders.delete(current.id, city.slug, [
      {
        actorId: principal.id,
        citySlug: city.slug,
        action: 'stakeholder.deleted',
        subject: { type: 'stakeholder', id: current.id },
        details: { name: current.name },
      },
    ]);
    return reply.status(204).send();
  });
}

/** The keys a PATCH actually sent (an omitted key keeps its value; null clears an optional one). */
function definedFields<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
