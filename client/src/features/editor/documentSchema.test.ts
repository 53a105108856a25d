import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import * as Y from 'yjs';
import { EDITOR_NODE_NAMES } from '@iap/shared';
import { documentSchemaExtensions } from './documentSchema';

describe('the editor document schema', () => {
  it('holds exactly the element names the server accepts', () => {
    const schema = getSchema(documentSchemaExtensions(new Y.Doc()));
    // doc is the XmlFragment itself and text is Y.XmlText: neither is an element.
    const elements = Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text');
    expect(new Set(elements)).toEqual(EDITOR_NODE_NAMES);
  });
});
