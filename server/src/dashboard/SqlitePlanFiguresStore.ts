import type { Db } from '../db/openDatabase.js';
import { PLAN_FIGURES_MODEL } from './planFigures.js';
import { parseStoredFigures, type PlanFiguresStore, type StoredPlanFigures } from './PlanFiguresStore.js';

/** PlanFiguresStore over better-sqlite3; every promise is settled when returned. */
export class SqlitePlanFiguresStore implements PlanFiguresStore {
  private readonly selectRow;
  private readonly upsertRow;

  constructor(db: Db) {
    this.selectRow = db.prepare<[string, number], { seq: number; figures: string }>(
      'SELECT seq, figures FROM plan_figures WHERE document_name = ? AND model = ?',
    );
    // A slower writer never replaces newer figures with older ones.
    this.upsertRow = db.prepare<[string, number, number, string]>(
      `INSERT INTO plan_figures (document_name, seq, model, figures) VALUES (?, ?, ?, ?)
       ON CONFLICT (document_name) DO UPDATE SET seq = excluded.seq, model = excluded.model, figures = excluded.figures
       WHERE excluded.seq >= plan_figures.seq OR excluded.model <> plan_figures.model`,
    );
  }

  async find(name: string): Promise<StoredPlanFigures | null> {
    const row = this.selectRow.get(name, PLAN_FIGURES_MODEL);
    if (!row) return null;
    const figures = parseStoredFigures(row.figures);
    return figures ? { seq: row.seq, figures } : null;
  }

  async save(name: string, stored: StoredPlanFigures): Promise<void> {
    this.upsertRow.run(name, stored.seq, PLAN_FIGURES_MODEL, JSON.stringify(stored.figures));
  }
}
