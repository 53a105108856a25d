import type pg from 'pg';
import { PLAN_FIGURES_MODEL } from '../../dashboard/planFigures.js';
import { parseStoredFigures, type PlanFiguresStore, type StoredPlanFigures } from '../../dashboard/PlanFiguresStore.js';

/** The dashboard's read model over PostgreSQL, shared by every instance (a cache checked against the store). */
export class PgPlanFiguresStore implements PlanFiguresStore {
  constructor(private readonly pool: pg.Pool) {}

  async find(name: string): Promise<StoredPlanFigures | null> {
    const row = (
      await this.pool.query<{ seq: string; figures: string }>('SELECT seq, figures FROM plan_figures WHERE document_name = $1 AND model = $2', [
        name,
        PLAN_FIGURES_MODEL,
      ])
    ).rows[0];
    if (!row) return null;
    const figures = parseStoredFigures(row.figures);
    return figures ? { seq: Number(row.seq), figures } : null;
  }

  async save(name: string, stored: StoredPlanFigures): Promise<void> {
    // A slower writer (another instance, say) never replaces newer figures with older ones.
    await this.pool.query(
      `INSERT INTO plan_figures (document_name, seq, model, figures) VALUES ($1, $2, $3, $4)
       ON CONFLICT (document_name) DO UPDATE SET seq = excluded.seq, model = excluded.model, figures = excluded.figures
       WHERE excluded.seq >= plan_figures.seq OR excluded.model <> plan_figures.model`,
      [name, stored.seq, PLAN_FIGURES_MODEL, JSON.stringify(stored.figures)],
    );
  }
}
