import type { FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { assertRuns, callerOf, guestTokenOf, type WorkshopCaller } from './callers.js';
import type { WorkshopService } from './WorkshopService.js';
import type { WorkshopRecord } from './WorkshopStore.js';

export interface WorkshopGrant {
  workshop: WorkshopRecord;
  caller: WorkshopCaller;
}

/** Who a route of `/workshops/:id` is for: everyone in the session, or whoever runs it. */
export type WorkshopNeed = 'participant' | 'runner';

/**
 * The gate of routes under `/workshops/:id`, as route options. It finds the session and its
 * caller (a person of the city, or a guest of this session) before Fastify validates the
 * payload (`preValidation`), so a caller without access learns 401, 403 or 404 and nothing
 * about their payload.
 */
export function workshopGate(sessions: WorkshopService) {
  const grants = new WeakMap<FastifyRequest, WorkshopGrant>();
  return {
    check(need: WorkshopNeed) {
      return {
        preValidation: async (request: FastifyRequest): Promise<void> => {
          const { id } = request.params as { id: string };
          const workshop = await sessions.get(id);
          const token = request.account ? null : guestTokenOf(request);
          const guest = token ? await sessions.store.participantByToken(token) : null;
          const caller = callerOf(request, workshop, guest);
          if (need === 'runner') assertRuns(caller);
          grants.set(request, { workshop, caller });
        },
      };
    },
    grantOf(request: FastifyRequest): WorkshopGrant {
      const grant = grants.get(request);
      if (!grant) throw new Error(`no workshop gate ran for ${request.routeOptions.url ?? request.url}`);
      return grant;
    },
  };
}

const id = z.string().check(z.minLength(1), z.maxLength(64));
export const workshopParamsSchema = z.object({ id });
export const ideaParamsSchema = z.object({ id, ideaId: id });
export const pollParamsSchema = z.object({ id, pollId: id });
export const participantParamsSchema = z.object({ id, participantId: id });
