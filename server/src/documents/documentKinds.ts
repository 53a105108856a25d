import { citySlugOfIapDocument, type AccessAction } from '@iap/shared';
import { OPEN_DOCUMENT_MODEL, type DocumentModel } from '../collab/DocumentModel.js';
import { buildIapTemplate, IAP_DOCUMENT_MODEL } from './iapTemplate.js';

/**
 * What the server knows of a collaboration document from its name alone: which kind it is,
 * which city it belongs to, what it starts with, what it may hold, and which actions of the
 * access policy read and write it. The one place a document name is parsed: a new kind (a
 * workshop board, say) is one more entry in `documentKindOf`.
 */
export interface DocumentKind {
  kind: 'iap';
  citySlug: string;
  /** The first state of a document never stored before (applied once, by the registry). */
  initialContent(): Uint8Array;
  model: DocumentModel;
  readAction: AccessAction;
  writeAction: AccessAction;
}

/** The kind of `documentName`, or null for a name no kind claims (`iap.<slug>` is a city's IAP). */
export function documentKindOf(documentName: string): DocumentKind | null {
  const citySlug = citySlugOfIapDocument(documentName);
  if (citySlug === null) return null;
  return { kind: 'iap', citySlug, initialContent: buildIapTemplate, model: IAP_DOCUMENT_MODEL, readAction: 'iap.read', writeAction: 'iap.edit' };
}

/**
 * The registry's `initialContent` hook: a document of a known kind starts from its template;
 * any other (the open core in tests and benchmarks) starts empty.
 */
export function initialContentOf(documentName: string): Uint8Array | null {
  return documentKindOf(documentName)?.initialContent() ?? null;
}

/** The registry's `documentModel` hook: a known kind's model; any element and root otherwise (depth still bounded). */
export function documentModelOf(documentName: string): DocumentModel {
  return documentKindOf(documentName)?.model ?? OPEN_DOCUMENT_MODEL;
}
