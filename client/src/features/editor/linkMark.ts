import { Link, type LinkOptions } from '@tiptap/extension-link';

export interface LinkStorage {
  /**
   * Mod+K dispatches a cancelable `edit` event here; the toolbar's link editor (shown only to
   * those who may write) listens and cancels it, which tells the shortcut the key was handled.
   */
  editRequests: EventTarget;
}

declare module '@tiptap/core' {
  interface Storage {
    link: LinkStorage;
  }
}

/**
 * The `link` mark, with Mod+K opening the toolbar's link editor. Its name and attributes (href,
 * target, rel, class, title) are part of every stored document: keep them.
 */
export const LinkMark = Link.extend<LinkOptions, LinkStorage>({
  addStorage() {
    return { editRequests: new EventTarget() };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => !this.storage.editRequests.dispatchEvent(new Event('edit', { cancelable: true })),
    };
  },
}).configure({ openOnClick: false, defaultProtocol: 'https' });
