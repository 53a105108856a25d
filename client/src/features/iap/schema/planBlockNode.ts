import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { ComponentType } from 'react';
import type * as Y from 'yjs';
import type { IapNodeName } from '@iap/shared';

export interface PlanBlockOptions {
  /** The shared document whose `actions` and `objectives` the block renders. */
  doc: Y.Doc | null;
}

/** The props of a plan block's view: Tiptap's node view props with the block's options. */
export type PlanBlockViewProps = ReactNodeViewProps & { extension: { options: PlanBlockOptions } };

/**
 * An atom block that renders structured plan data with React (the action table, the
 * timeline...). It holds no content of its own: its data lives in the Y.Arrays, so the
 * block only marks where in the text the view appears.
 */
export function planBlockNode(name: IapNodeName, view: ComponentType<PlanBlockViewProps>) {
  return Node.create<PlanBlockOptions>({
    name,
    group: 'block',
    atom: true,
    selectable: false,
    draggable: false,

    addOptions() {
      return { doc: null };
    },

    // Never created from pasted HTML: each block exists once, placed by the template.
    parseHTML() {
      return [];
    },

    renderHTML() {
      return ['div', { 'data-iap-block': name }];
    },

    addNodeView() {
      // Inputs and buttons inside the view handle their own events; ProseMirror must not.
      return ReactNodeViewRenderer(view as ComponentType<ReactNodeViewProps>, { stopEvent: () => true, className: 'iap-block' });
    },
  });
}
