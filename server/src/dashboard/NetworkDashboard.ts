import type * as Y from 'yjs';
import {
  COMPARE_TEXT_LIMIT,
  ErrorCode,
  IAP_SECTION_IDS,
  iapDocumentName,
  type ComparedPlan,
  type DashboardCity,
  type NetworkDashboard as NetworkDashboardView,
  type PlanComparison,
} from '@iap/shared';
import type { CityRecord, CityRepository } from '../cities/CityRepository.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import { AppError } from '../errors.js';
import { planSnapshotOf } from '../iap/planSnapshot.js';
import { sectionTexts } from '../iap/planText.js';
import type { MembershipRepository } from '../members/MembershipRepository.js';
import type { PlanStateService } from '../planStates/PlanStateService.js';
import type { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
import { summarizeRegister } from '../stakeholders/stakeholderView.js';
import type { VersionService } from '../versions/VersionService.js';
import { figuresOfSnapshot, type PlanFigures } from './planFigures.js';
import type { PlanFiguresCache } from './PlanFiguresCache.js';
import { readPlan } from './PlanReader.js';

export interface NetworkDashboardDeps {
  cities: Pick<CityRepository, 'list' | 'find'>;
  registry: DocumentRegistry;
  /** Each plan's figures, kept in step by the commit path (app.ts). */
  figures: PlanFiguresCache;
  planStates: Pick<PlanStateService, 'stateOf'>;
  versions: Pick<VersionService, 'list'>;
  stakeholders: Pick<StakeholderRepository, 'countBySector' | 'countByGender'>;
  memberships: Pick<MembershipRepository, 'listCity'>;
}

/**
 * The lead partner's figures for every city, computed when asked from the plan documents,
 * the stakeholder register, the memberships and the plan workflow: nothing here is stored.
 */
export class NetworkDashboard {
  constructor(private readonly deps: NetworkDashboardDeps) {}

  async read(): Promise<NetworkDashboardView> {
    // Plans are read one after another: each read is synchronous CPU work on a loaded
    // document, and loading nine at once would hold nine cold documents' bytes in memory together.
    const cities: DashboardCity[] = [];
    for (const city of await this.deps.cities.list()) {
      cities.push(await this.cardOf(city, await this.deps.figures.figuresOf(iapDocumentName(city.slug))));
    }
    return { cities };
  }

  async compare(a: string, b: string): Promise<PlanComparison> {
    return { a: await this.comparedPlan(a, 'a'), b: await this.comparedPlan(b, 'b') };
  }

  private async comparedPlan(slug: string, field: 'a' | 'b'): Promise<ComparedPlan> {
    const city = await this.deps.cities.find(slug);
    if (!city) throw new AppError(ErrorCode.notFound, 'No such city', field);
    const { snapshot, texts } = await readPlan(this.deps.registry, iapDocumentName(slug), (doc: Y.Doc) => ({
      snapshot: planSnapshotOf(doc),
      texts: sectionTexts(doc),
    }));
    return {
      city: await this.cardOf(city, figuresOfSnapshot(snapshot)),
      sections: IAP_SECTION_IDS.map((sectionId) => {
        const text = texts
          .filter((section) => section.sectionId === sectionId)
          .map((section) => section.text)
          .join('\n')
          .trim();
        return { sectionId, text: text.slice(0, COMPARE_TEXT_LIMIT), truncated: text.length > COMPARE_TEXT_LIMIT };
      }),
      actions: snapshot.actions.map(({ id, title, leadOrganisation, start, end, estimatedCost, status }) => ({
        id,
        title,
        leadOrganisation,
        start,
        end,
        estimatedCost,
        status,
      })),
    };
  }

  private async cardOf(city: CityRecord, figures: PlanFigures): Promise<DashboardCity> {
    const name = iapDocumentName(city.slug);
    // Counts name nobody, so they cover the whole register: the same figures the ULG page's
    // sector balance shows the lead partner (stakeholderView.ts, summarizeRegister).
    const register = await summarizeRegister(this.deps.stakeholders, city.slug);
    return {
      slug: city.slug,
      name: city.name,
      state: await this.deps.planStates.stateOf(name),
      ...figures,
      stakeholders: register.total,
      bySector: register.bySector,
      members: (await this.deps.memberships.listCity(city.slug)).length,
      lastActivityAt: await this.lastActivityAt(name),
    };
  }

  /**
   * The newest version of the plan: an automatic one follows every pause in editing (a minute by
   * default) and every state change, restore and workshop takes one, so this is the last change
   * to within that pause. The update log's own times are not used: opening an untouched plan
   * writes its template there, which is no one's activity.
   */
  private async lastActivityAt(name: string): Promise<string | null> {
    const [newest] = await this.deps.versions.list(name);
    return newest?.createdAt ?? null;
  }
}
