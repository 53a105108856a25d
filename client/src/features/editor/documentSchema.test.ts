import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import type { MarkType, NodeType } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { EDITOR_NODE_NAMES } from '@iap/shared';
import { documentSchemaExtensions } from './documentSchema';
// The nodes every page hands in (app/DocumentPage): together they must be what the server accepts.
import { iapEditorExtensions } from '../iap/schema/iapEditorExtensions';

/** Each node or mark type with its attributes and their defaults: what stored documents depend on. */
function describeTypes(types: Record<string, NodeType | MarkType>) {
  return Object.entries(types).map(([name, type]) => [name, Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([attr, spec]) => [attr, spec.default]))]);
}

describe('the editor document schema', () => {
  it('holds exactly the element names the server accepts', () => {
    const schema = getSchema(documentSchemaExtensions(iapEditorExtensions(new Y.Doc())));
    // doc is the XmlFragment itself and text is Y.XmlText: neither is an element.
    const elements = Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text');
    expect(new Set(elements)).toEqual(EDITOR_NODE_NAMES);
  });

  it('is the schema of Tiptap’s StarterKit with its link, node for node and mark for mark, attributes included', () => {
    const ours = getSchema(documentSchemaExtensions([]));
    const starterKit = getSchema([StarterKit.configure({ undoRedo: false }), TableKit.configure({ table: { resizable: false } })]);
    expect(describeTypes(ours.nodes)).toEqual(describeTypes(starterKit.nodes));
    expect(describeTypes(ours.marks)).toEqual(describeTypes(starterKit.marks));
    expect(ours.marks.link!.spec.inclusive).toBe(starterKit.marks.link!.spec.inclusive);
  });
});
