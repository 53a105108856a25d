import * as Y from 'yjs';
import { ACTION_FIELDS, OBJECTIVE_FIELDS, type Action, type Objective } from '@iap/shared';
import { actionsArray, objectivesArray } from './planData';

/** A fresh id for an action, objective or indicator; never shown, so random is fine. */
export function newItemId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 13)}`;
}

function indexOfId(array: Y.Array<Y.Map<unknown>>, id: string): number {
  return array.toArray().findIndex((map) => map.get('id') === id);
}

/**
 * Writes the fields of `next` that differ from `opened` (the values when the card was
 * opened). A field someone else changed meanwhile, and this person did not touch, keeps
 * their value: each field is its own Y.Map key.
 */
function writeChangedFields<T extends object>(map: Y.Map<unknown>, fields: readonly (keyof T & string)[], opened: T, next: T): void {
  for (const field of fields) {
    if (JSON.stringify(opened[field]) !== JSON.stringify(next[field])) map.set(field, next[field]);
  }
}

export function addAction(doc: Y.Doc, action: Action): void {
  actionsArray(doc).push([new Y.Map<unknown>(Object.entries(action))]);
}

/** Saves an action card; false when the action was removed by someone else meanwhile. */
export function saveAction(doc: Y.Doc, opened: Action, next: Action): boolean {
  const array = actionsArray(doc);
  const index = indexOfId(array, opened.id);
  if (index < 0) return false;
  doc.transact(() => writeChangedFields(array.get(index), ACTION_FIELDS, opened, next));
  return true;
}

export function removeAction(doc: Y.Doc, id: string): void {
  const array = actionsArray(doc);
  const index = indexOfId(array, id);
  if (index >= 0) array.delete(index, 1);
}

export function addObjective(doc: Y.Doc, objective: Objective): void {
  objectivesArray(doc).push([new Y.Map<unknown>(Object.entries(objective))]);
}

export function saveObjective(doc: Y.Doc, opened: Objective, next: Objective): boolean {
  const array = objectivesArray(doc);
  const index = indexOfId(array, opened.id);
  if (index < 0) return false;
  doc.transact(() => writeChangedFields(array.get(index), OBJECTIVE_FIELDS, opened, next));
  return true;
}

export function removeObjective(doc: Y.Doc, id: string): void {
  const array = objectivesArray(doc);
  const index = indexOfId(array, id);
  if (index >= 0) array.delete(index, 1);
}
