import type { FastifyInstance } from 'fastify';
import { checkPlanLogic, ErrorCode, type LogicCheckResult } from '@iap/shared';
import { authorizeInCity, type CityLookup, type GatedCity } from '../access/authorizeInCity.js';
import type { CollabDocument } from '../collab/CollabDocument.js';
import { documentKindOf } from '../documents/documentKinds.js';
import { AppError } from '../errors.js';
import { planSnapshotOf } from './planSnapshot.js';

/**
 * Read side of the plan, under /api. The Yjs document takes any update a writer sends, so
 * values the action card would refuse (an end before the start, a negative cost) can still
 * arrive from another client; the logic check reports them wherever the plan is read.
 */
export async function iapPlugin(app: FastifyInstance, options: { cities: CityLookup<GatedCity> }): Promise<void> {
  const { cities } = options;

  app.get<{ Params: { name: string } }>('/documents/:name/logic-check', async (request): Promise<LogicCheckResult> => {
    const kind = documentKindOf(request.params.name);
    if (kind?.kind !== 'iap') throw new AppError(ErrorCode.notFound, 'No such document');
    await authorizeInCity(request, cities, kind.citySlug, kind.readAction);
    let opened: CollabDocument | null = null;
    const snapshot = await app.collab.registry.attach(request.params.name, (document) => {
      opened = document;
      return planSnapshotOf(document.doc);
    });
    // Opening for a read must not pin the document in memory: unload it later if nobody is on it.
    if (opened) app.collab.registry.release(opened);
    return checkPlanLogic(snapshot);
  });
}
