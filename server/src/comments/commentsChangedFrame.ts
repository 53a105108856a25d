import * as encoding from 'lib0/encoding';
import { MESSAGE_COMMENTS_CHANGED } from '@iap/shared';

/**
 * "The comments of this document changed": message type 101, then the id of the thread
 * (varString). Clients refetch the list; the frame carries no comment text, so a
 * connection never learns more than its REST access would show.
 */
export function encodeCommentsChanged(threadId: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_COMMENTS_CHANGED);
  encoding.writeVarString(encoder, threadId);
  return encoding.toUint8Array(encoder);
}
