import type { PlanState, PlanStateChange } from '@iap/shared';
import type pg from 'pg';
import type { AuditRecord } from '../../audit/AuditLog.js';
import type { PlanStateMove, PlanStateMoveOutcome, PlanStateStore } from '../../planStates/PlanStateStore.js';
import { writeAudit } from './PgAuditLog.js';
import { inTransaction, lockNames } from './inTransaction.js';

interface CurrentRow {
  state: PlanState;
  changedAt: string;
  byId: string | null;
  byName: string | null;
}

const SELECT_CURRENT = `SELECT p.state, p.changed_at AS "changedAt", p.changed_by AS "byId", u.name AS "byName"
  FROM plan_states p LEFT JOIN users u ON u.id = p.changed_by WHERE p.document_name = $1`;

/**
 * PlanStateStore over PostgreSQL. A move takes an advisory lock on the plan's name before reading
 * its state: a row lock could not cover a draft, which has no row yet.
 */
export class PgPlanStateStore implements PlanStateStore {
  constructor(private readonly pool: pg.Pool) {}

  async current(documentName: string): ReturnType<PlanStateStore['current']> {
    const row = (await this.pool.query<CurrentRow>(SELECT_CURRENT, [documentName])).rows[0];
    return row ? { state: row.state, changedAt: row.changedAt, changedBy: person(row) } : null;
  }

  async history(documentName: string): Promise<PlanStateChange[]> {
    const rows = await this.pool.query<{ from: PlanState; to: PlanState; note: string | null; at: string; byId: string | null; byName: string | null }>(
      `SELECT c.from_state AS "from", c.to_state AS "to", c.note, c.changed_at AS at, c.changed_by AS "byId", u.name AS "byName"
       FROM plan_state_changes c LEFT JOIN users u ON u.id = c.changed_by WHERE c.document_name = $1 ORDER BY c.id`,
      [documentName],
    );
    return rows.rows.map((row) => ({ from: row.from, to: row.to, note: row.note, at: row.at, by: person(row) }));
  }

  move(move: PlanStateMove, audit: readonly AuditRecord[]): Promise<PlanStateMoveOutcome> {
    return inTransaction(this.pool, async (client): Promise<PlanStateMoveOutcome> => {
      await lockNames(client, [`plan-state:${move.documentName}`]);
      const current = (await client.query<CurrentRow>(SELECT_CURRENT, [move.documentName])).rows[0]?.state ?? 'draft';
      if (current !== move.from) return { outcome: 'stale', current };
      await client.query(
        `INSERT INTO plan_states (document_name, state, changed_at, changed_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (document_name) DO UPDATE SET state = excluded.state, changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
        [move.documentName, move.to, move.at, move.byUserId],
      );
      await client.query(
        'INSERT INTO plan_state_changes (document_name, from_state, to_state, note, changed_at, changed_by, version_id) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [move.documentName, move.from, move.to, move.note, move.at, move.byUserId, move.versionId],
      );
      await writeAudit(client, audit, move.at);
      return { outcome: 'moved' };
    });
  }
}

function person(row: { byId: string | null; byName: string | null }): { id: string; name: string } | null {
  return row.byId && row.byName ? { id: row.byId, name: row.byName } : null;
}
