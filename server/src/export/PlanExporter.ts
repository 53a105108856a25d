import { iapDocumentName, type ExportFormat, type Language } from '@iap/shared';
import { isoAt, type Clock } from '../clock.js';
import type { CityRecord } from '../cities/CityRepository.js';
import type { CollabDocument } from '../collab/CollabDocument.js';
import type { DocumentRegistry } from '../collab/DocumentRegistry.js';
import type { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
import { visibleStakeholders } from '../stakeholders/stakeholderView.js';
import type { ExportFile } from './exportFile.js';
import type { ExportRenderer } from './ExportRenderer.js';
import type { ExportPlan } from './planContent.js';
import type { PlanStamp, PlanStampSource } from './planStamp.js';
import { readExportPlan } from './readExportPlan.js';

export interface PlanExporterOptions {
  registry: DocumentRegistry;
  stakeholders: Pick<StakeholderRepository, 'listCity'>;
  planStamp: PlanStampSource;
  clock: Clock;
  renderer: ExportRenderer;
}

/** Turns a city's live plan into an export file. The caller has checked that the reader may read it. */
export class PlanExporter {
  constructor(private readonly options: PlanExporterOptions) {}

  /** The plan state and version the title page shows (and the all-plans filter reads). */
  stampOf(city: CityRecord): Promise<PlanStamp> {
    return this.options.planStamp(city.slug);
  }

  /** `language`: of the fixed texts, the reader's (i18n/readerLanguage.ts). */
  async exportPlan(city: CityRecord, format: ExportFormat, language: Language, stamp?: PlanStamp): Promise<ExportFile> {
    const now = this.options.clock();
    const plan = await this.readPlan(city, language, stamp ?? (await this.stampOf(city)), now);
    return this.options.renderer.render(plan, format, isoAt(now));
  }

  private async readPlan(city: CityRecord, language: Language, stamp: PlanStamp, now: number): Promise<ExportPlan> {
    const { registry } = this.options;
    // Everyone reading an export sees what an observer sees of the register: consented people, no contacts.
    const stakeholders = visibleStakeholders(await this.options.stakeholders.listCity(city.slug), false).map((person) => ({
      name: person.name,
      organisation: person.organisation,
      sector: person.sector,
    }));
    let opened: CollabDocument | null = null;
    try {
      return await registry.attach(iapDocumentName(city.slug), (document) => {
        opened = document;
        return readExportPlan(document.doc, {
          city: { slug: city.slug, name: city.name, language: city.language },
          language,
          networkName: city.networkName,
          stamp,
          now,
          stakeholders,
        });
      });
    } finally {
      // Opening for an export must not pin the document in memory: unload it later if nobody is on it.
      if (opened) registry.release(opened);
    }
  }
}
