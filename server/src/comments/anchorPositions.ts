import * as Y from 'yjs';
import { ErrorCode, type CommentAnchor } from '@iap/shared';
import { AppError } from '../errors.js';

/**
 * Checks that a text anchor's positions are real Yjs relative positions. The server keeps
 * them opaque (it does not resolve them against the document), but a value that does not
 * decode would break every client that tries to place the thread.
 */
export function assertAnchorDecodes(anchor: CommentAnchor): void {
  if (anchor.kind !== 'text') return;
  for (const field of ['start', 'end'] as const) {
    if (!isEncodedRelativePosition(Buffer.from(anchor[field], 'base64'))) {
      throw new AppError(ErrorCode.invalidPayload, `anchor.${field}: not a Yjs relative position`, `anchor.${field}`);
    }
  }
}

/** Decoding is lenient (any bytes give some position), so the bytes must also re-encode to themselves. */
function isEncodedRelativePosition(bytes: Uint8Array): boolean {
  try {
    const encoded = Y.encodeRelativePosition(Y.decodeRelativePosition(bytes));
    return Buffer.from(encoded).equals(bytes);
  } catch {
    return false;
  }
}
