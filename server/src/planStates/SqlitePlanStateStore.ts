import type { PlanState, PlanStateChange } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import type { AuditRecord } from '../audit/AuditLog.js';
import { SqliteAuditWriter } from '../audit/SqliteAuditLog.js';
import type { PlanStateMove, PlanStateMoveOutcome, PlanStateStore } from './PlanStateStore.js';

interface CurrentRow {
  state: PlanState;
  changedAt: string;
  byId: string | null;
  byName: string | null;
}

interface ChangeRow {
  from: PlanState;
  to: PlanState;
  note: string | null;
  at: string;
  byId: string | null;
  byName: string | null;
}

/** PlanStateStore over better-sqlite3; every promise is settled when returned. */
export class SqlitePlanStateStore implements PlanStateStore {
  private readonly selectCurrent;
  private readonly selectHistory;
  private readonly moveTransaction;

  constructor(db: Db) {
    const audit = new SqliteAuditWriter(db);
    this.selectCurrent = db.prepare<[string], CurrentRow>(
      `SELECT p.state, p.changed_at AS changedAt, p.changed_by AS byId, u.name AS byName
       FROM plan_states p LEFT JOIN users u ON u.id = p.changed_by WHERE p.document_name = ?`,
    );
    this.selectHistory = db.prepare<[string], ChangeRow>(
      `SELECT c.from_state AS "from", c.to_state AS "to", c.note, c.changed_at AS at, c.changed_by AS byId, u.name AS byName
       FROM plan_state_changes c LEFT JOIN users u ON u.id = c.changed_by WHERE c.document_name = ? ORDER BY c.id`,
    );
    const upsert = db.prepare<[string, string, string, string]>(
      `INSERT INTO plan_states (document_name, state, changed_at, changed_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (document_name) DO UPDATE SET state = excluded.state, changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
    );
    const insertChange = db.prepare<[string, string, string, string | null, string, string, string | null]>(
      `INSERT INTO plan_state_changes (document_name, from_state, to_state, note, changed_at, changed_by, version_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.moveTransaction = db.transaction((move: PlanStateMove, entries: readonly AuditRecord[]): PlanStateMoveOutcome => {
      const current = this.selectCurrent.get(move.documentName)?.state ?? 'draft';
      if (current !== move.from) return { outcome: 'stale', current };
      upsert.run(move.documentName, move.to, move.at, move.byUserId);
      insertChange.run(move.documentName, move.from, move.to, move.note, move.at, move.byUserId, move.versionId);
      audit.write(entries, move.at);
      return { outcome: 'moved' };
    });
  }

  current(documentName: string): ReturnType<PlanStateStore['current']> {
    const row = this.selectCurrent.get(documentName);
    return Promise.resolve(row ? { state: row.state, changedAt: row.changedAt, changedBy: person(row) } : null);
  }

  history(documentName: string): Promise<PlanStateChange[]> {
    return Promise.resolve(this.selectHistory.all(documentName).map((row) => ({ from: row.from, to: row.to, note: row.note, at: row.at, by: person(row) })));
  }

  move(move: PlanStateMove, audit: readonly AuditRecord[]): Promise<PlanStateMoveOutcome> {
    return Promise.resolve(this.moveTransaction(move, audit));
  }
}

function person(row: { byId: string | null; byName: string | null }): { id: string; name: string } | null {
  return row.byId && row.byName ? { id: row.byId, name: row.byName } : null;
}
