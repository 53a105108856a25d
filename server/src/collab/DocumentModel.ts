/**
 * What a kind of document may hold. The guard refuses any client update outside it before it
 * touches the live document: y-tiptap deletes elements its schema cannot hold (for everyone),
 * Yjs recurses through nested types (a 5,000-deep element overflows the stack on delete and
 * leaves the document's transaction open), and unused root types grow a plan nobody can clean.
 */
export interface DocumentModel {
  /** Element names the editor schema holds, or null to accept any. */
  allowedElements: ReadonlySet<string> | null;
  /** Root type names the document uses, or null to accept any. */
  allowedRoots: ReadonlySet<string> | null;
  /** Deepest nesting of shared types (elements, maps, arrays) below a root. */
  maxDepth: number;
}

/**
 * Deep enough for anything the editor schema produces (a list nested twenty levels is 60
 * types deep at most) and far below the depth at which Yjs' recursive walks overflow the stack.
 */
export const DEFAULT_MAX_DEPTH = 64;

/** Any root, any element, bounded depth: the realtime core on its own (tests, benchmarks). */
export const OPEN_DOCUMENT_MODEL: DocumentModel = {
  allowedElements: null,
  allowedRoots: null,
  maxDepth: DEFAULT_MAX_DEPTH,
};
