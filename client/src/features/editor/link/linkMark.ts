import { Mark, markPasteRule, mergeAttributes } from '@tiptap/core';
import { autolinkPlugin, linkOnPastePlugin, PREVENT_AUTOLINK } from './autolink';
import { findUrls, isAllowedUri } from './recognizeUrl';

export interface LinkStorage {
  /**
   * Mod+K dispatches a cancelable `edit` event here; the toolbar's link editor (shown only to
   * those who may write) listens and cancels it, which tells the shortcut the key was handled.
   */
  editRequests: EventTarget;
}

interface LinkAttributes {
  href: string;
  target?: string | null;
  rel?: string | null;
  class?: string | null;
  title?: string | null;
}

declare module '@tiptap/core' {
  interface Storage {
    link: LinkStorage;
  }
  interface Commands<ReturnType> {
    link: {
      /** Links the selection to `href` (refused for a `javascript:` or other unsafe address). */
      setLink: (attributes: LinkAttributes) => ReturnType;
      toggleLink: (attributes?: LinkAttributes) => ReturnType;
      unsetLink: () => ReturnType;
    };
  }
}

/** What a new link carries unless told otherwise (the defaults of @tiptap/extension-link). */
const DEFAULT_ATTRIBUTES = { target: '_blank', rel: 'noopener noreferrer nofollow', class: null };

/**
 * The `link` mark, in place of @tiptap/extension-link and the linkifyjs it brings: the same
 * name, attributes (href, target, rel, class, title), HTML, commands and safety check, since
 * every stored document holds them; typing or pasting an address still makes a link
 * (recognizeUrl.ts says which words are addresses). Mod+K opens the toolbar's link editor.
 * Links do not open on click: the text is for writing.
 */
export const LinkMark = Mark.create<Record<string, never>, LinkStorage>({
  name: 'link',
  priority: 1000,
  keepOnSplit: false,
  exitable: true,
  // Typing at the end of a link extends it, as it did with autolink on.
  inclusive: true,

  addStorage() {
    return { editRequests: new EventTarget() };
  },

  addAttributes() {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute('href') },
      target: { default: DEFAULT_ATTRIBUTES.target },
      rel: { default: DEFAULT_ATTRIBUTES.rel },
      class: { default: DEFAULT_ATTRIBUTES.class },
      title: { default: null },
    };
  },

  parseHTML() {
    return [{ tag: 'a[href]', getAttrs: (dom) => (isAllowedUri(dom.getAttribute('href')) ? null : false) }];
  },

  renderHTML({ HTMLAttributes }) {
    const href = isAllowedUri(HTMLAttributes.href as string | null) ? HTMLAttributes.href : '';
    return ['a', mergeAttributes(DEFAULT_ATTRIBUTES, { ...HTMLAttributes, href }), 0];
  },

  addCommands() {
    return {
      setLink:
        (attributes) =>
        ({ chain }) =>
          isAllowedUri(attributes.href) && chain().setMark(this.name, attributes).setMeta(PREVENT_AUTOLINK, true).run(),
      toggleLink:
        (attributes) =>
        ({ chain }) =>
          (!attributes?.href || isAllowedUri(attributes.href)) &&
          chain().toggleMark(this.name, attributes, { extendEmptyMarkRange: true }).setMeta(PREVENT_AUTOLINK, true).run(),
      unsetLink:
        () =>
        ({ chain }) =>
          chain().unsetMark(this.name, { extendEmptyMarkRange: true }).setMeta(PREVENT_AUTOLINK, true).run(),
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => !this.storage.editRequests.dispatchEvent(new Event('edit', { cancelable: true })),
    };
  },

  addPasteRules() {
    return [
      markPasteRule({
        find: (text) => findUrls(text).map((url) => ({ index: url.index, text: url.text, data: { href: url.href } })),
        type: this.type,
        getAttributes: (match) => ({ href: (match.data as { href: string }).href }),
      }),
    ];
  },

  addProseMirrorPlugins() {
    return [autolinkPlugin(this.type), linkOnPastePlugin(this.editor, this.type)];
  },
});
