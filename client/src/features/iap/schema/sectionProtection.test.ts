import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { IAP_NODE } from '@iap/shared';
import { planBlockNode } from './planBlockNode';
import { SectionHeading } from './SectionHeading';
import { sectionProtectionPlugin } from './sectionProtection';
import { guidanceDecorations } from './sectionGuidance';
import { readSections, sectionAt } from './readSections';

const schema: Schema = getSchema([StarterKit, SectionHeading, planBlockNode(IAP_NODE.actionTable, () => null)]);

/** context: heading + "Old town" ; actions: heading + empty paragraph + action table. */
function planDoc(): PMNode {
  return schema.node('doc', null, [
    schema.node(IAP_NODE.sectionHeading, { sectionId: 'context', level: 2 }),
    schema.node('paragraph', null, [schema.text('Old town')]),
    schema.node(IAP_NODE.sectionHeading, { sectionId: 'actions', level: 2 }),
    schema.node('paragraph'),
    schema.node(IAP_NODE.actionTable),
  ]);
}

function stateOf(doc: PMNode): EditorState {
  return EditorState.create({ doc, plugins: [sectionProtectionPlugin()] });
}

const headingCount = (doc: PMNode): number => readSections(doc).length;

describe('section protection', () => {
  it('lets people type in a section', () => {
    const state = stateOf(planDoc());
    const next = state.apply(state.tr.insertText('Empty shops in the ', 2));
    expect(next.doc.textContent).toContain('Empty shops in the Old town');
  });

  it('refuses a local edit that deletes a section heading', () => {
    const state = stateOf(planDoc());
    const heading = readSections(state.doc)[1]!;
    const next = state.apply(state.tr.delete(heading.pos, heading.pos + 1));
    expect(headingCount(next.doc)).toBe(2);
    expect(next.doc.eq(state.doc)).toBe(true);
  });

  it('refuses deleting a selection that spans a section boundary', () => {
    const state = stateOf(planDoc());
    const tr = state.tr.setSelection(TextSelection.create(state.doc, 2, state.doc.content.size - 2)).deleteSelection();
    expect(state.apply(tr).doc.eq(state.doc)).toBe(true);
  });

  it('refuses a pasted duplicate heading and a deleted action table', () => {
    const state = stateOf(planDoc());
    const duplicate = state.tr.insert(state.doc.content.size, schema.node(IAP_NODE.sectionHeading, { sectionId: 'context', level: 2 }));
    expect(state.apply(duplicate).doc.eq(state.doc)).toBe(true);
    const tablePos = state.doc.content.size - 1;
    expect(state.apply(state.tr.delete(tablePos, tablePos + 1)).doc.eq(state.doc)).toBe(true);
  });

  it('lets a change that comes from Yjs through, so the editor keeps matching the shared document', () => {
    const state = stateOf(planDoc());
    const heading = readSections(state.doc)[1]!;
    const remote = state.tr.delete(heading.pos, heading.pos + 1).setMeta(ySyncPluginKey, { isChangeOrigin: true });
    expect(headingCount(state.apply(remote).doc)).toBe(1);
  });
});

describe('reading sections', () => {
  it('measures each section’s own trimmed text and finds the section of a position', () => {
    const sections = readSections(planDoc());
    expect(sections.map((section) => [section.id, section.textLength])).toEqual([
      ['context', 8],
      ['actions', 0],
    ]);
    expect(sectionAt(sections, 3)).toBe('context');
    expect(sectionAt(sections, sections[1]!.pos + 2)).toBe('actions');
  });

  it('shows guidance only in the first paragraph of an empty section', () => {
    const decorations = guidanceDecorations(planDoc()).find();
    expect(decorations).toHaveLength(1);
    const actions = readSections(planDoc())[1]!;
    expect(decorations[0]?.from).toBe(actions.pos + 1);
  });
});
