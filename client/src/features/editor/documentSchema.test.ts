import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import * as Y from 'yjs';
import { EDITOR_NODE_NAMES } from '@iap/shared';
import { documentSchemaExtensions } from './documentSchema';
// The nodes every page hands in (app/DocumentPage): together they must be what the server accepts.
import { iapEditorExtensions } from '../iap/schema/iapEditorExtensions';

describe('the editor document schema', () => {
  it('holds exactly the element names the server accepts', () => {
    const schema = getSchema(documentSchemaExtensions(iapEditorExtensions(new Y.Doc())));
    // doc is the XmlFragment itself and text is Y.XmlText: neither is an element.
    const elements = Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text');
    expect(new Set(elements)).toEqual(EDITOR_NODE_NAMES);
  });
});
