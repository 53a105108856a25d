import type * as Y from 'yjs';
import { diffWordsWithSpace } from 'diff';
import { IAP_YDOC, type ActionChange, type TextChange, type VersionDiff } from '@iap/shared';
import { planArray, sectionTexts } from '../iap/planText.js';

/**
 * What changed from `from` to `to`: the text of each section compared by words (in the order
 * of `to`, sections only in `from` after them), and the actions compared by id and field.
 */
export function diffPlans(from: Y.Doc, to: Y.Doc): VersionDiff {
  return { text: diffText(from, to), actions: diffActions(from, to) };
}

function diffText(from: Y.Doc, to: Y.Doc): TextChange[] {
  const before = new Map(sectionTexts(from).map((section) => [section.sectionId, section.text]));
  const after = sectionTexts(to);
  const order = [...after.map((section) => section.sectionId), ...[...before.keys()].filter((id) => !after.some((section) => section.sectionId === id))];
  const afterText = new Map(after.map((section) => [section.sectionId, section.text]));
  const changes: TextChange[] = [];
  for (const sectionId of order) {
    for (const part of diffWordsWithSpace(before.get(sectionId) ?? '', afterText.get(sectionId) ?? '')) {
      const kind = part.added ? 'inserted' : part.removed ? 'deleted' : 'unchanged';
      const last = changes.at(-1);
      if (last && last.sectionId === sectionId && last.kind === kind) last.text += part.value;
      else changes.push({ sectionId, kind, text: part.value });
    }
  }
  return changes;
}

type ActionRecord = Record<string, unknown>;

function actionsById(doc: Y.Doc): Map<string, ActionRecord> {
  const byId = new Map<string, ActionRecord>();
  for (const item of planArray(doc, IAP_YDOC.actions)) {
    if (typeof item !== 'object' || item === null) continue;
    const id = (item as ActionRecord).id;
    if (typeof id === 'string') byId.set(id, item as ActionRecord);
  }
  return byId;
}

const titleOf = (action: ActionRecord): string => (typeof action.title === 'string' ? action.title : '');

function diffActions(from: Y.Doc, to: Y.Doc): ActionChange[] {
  const before = actionsById(from);
  const after = actionsById(to);
  const changes: ActionChange[] = [];
  for (const [id, action] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ id, title: titleOf(action), kind: 'added' });
      continue;
    }
    const fields = [...new Set([...Object.keys(old), ...Object.keys(action)])]
      .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(action[field] ?? null))
      .map((field) => ({ field, from: old[field] ?? null, to: action[field] ?? null }));
    if (fields.length > 0) changes.push({ id, title: titleOf(action), kind: 'changed', fields });
  }
  for (const [id, action] of before) if (!after.has(id)) changes.push({ id, title: titleOf(action), kind: 'removed' });
  return changes;
}
