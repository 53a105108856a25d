import { describe, expect } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { commentThreadListSchema, IAP_NODE, IAP_YDOC, MESSAGE_COMMENTS_CHANGED, type CommentThread } from '@iap/shared';
import type { RunningServer } from '../support/server.js';
import { waitForDoc, type TestClient } from '../support/yclient.js';
import { appTest } from '../support/fixtures.js';
import type { SignedIn } from '../access/people.js';
import { encodePosition, resolvePosition } from './anchors.js';

const NAME = 'iap.obidos';
const SENTENCE = 'Grow the creative economy of the old town';
const QUOTE = 'creative economy';

/** The first paragraph of a section, as y-tiptap stores it: an XmlElement holding one XmlText. */
function paragraphText(doc: Y.Doc, sectionId: string): Y.XmlText {
  const blocks = doc.getXmlFragment(IAP_YDOC.text).toArray() as Y.XmlElement[];
  const heading = blocks.findIndex((block) => block.getAttribute('sectionId') === sectionId);
  const paragraph = blocks[heading + 1];
  if (!paragraph || paragraph.nodeName !== IAP_NODE.paragraph) throw new Error('no paragraph after the heading');
  let text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText();
    paragraph.insert(0, [text]);
  }
  return text as Y.XmlText;
}

/** Where a thread's anchor is now: the text between its ends, or null once detached. */
function anchoredText(doc: Y.Doc, thread: CommentThread): string | null {
  if (thread.anchor.kind !== 'text') throw new Error('not a text anchor');
  const start = resolvePosition(doc, thread.anchor.start);
  const end = resolvePosition(doc, thread.anchor.end);
  if (!start || !end || start.type !== end.type || start.type._item?.deleted || start.index >= end.index) return null;
  return (start.type as Y.XmlText).toString().slice(start.index, end.index);
}

describe('comment anchors and live updates', () => {
  let server: RunningServer;
  let member: SignedIn;
  /** A client of the plan, signed in as the member; destroyed after the test. */
  const it = appTest.extend<{ join: () => TestClient }>({
    join: async ({ connect }, use) => {
      await use(() => {
        const client = connect(server.wsUrl, NAME, { headers: { cookie: member.cookie } });
        // Opted in with ack=1, these clients get "comments changed" frames; the last test listens to them.
        client.provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = () => undefined;
        return client;
      });
    },
  });

  it.beforeEach(async ({ server: started, signIn }) => {
    server = started;
    member = await signIn({ name: 'Bruno Member', city: 'obidos', role: 'member' });
  });

  const api = async (method: string, path: string, body?: unknown): Promise<Response> =>
    fetch(`${server.httpUrl}${path}`, {
      method,
      headers: { cookie: member.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  async function listThreads(): Promise<CommentThread[]> {
    return commentThreadListSchema.parse(await (await api('GET', `/api/documents/${NAME}/comments`)).json()).threads;
  }

  it('a thread follows its text through another client’s edits, and survives as detached once the text is gone', async ({ join }) => {
    const alice = join();
    const bob = join();
    await Promise.all([alice.synced, bob.synced]);

    const aliceText = paragraphText(alice.doc, 'context');
    aliceText.insert(0, SENTENCE);
    await waitForDoc(bob.doc, () => bob.doc.getXmlFragment(IAP_YDOC.text).toString().includes(SENTENCE));
    const from = SENTENCE.indexOf(QUOTE);
    const created = await api('POST', `/api/documents/${NAME}/comments`, {
      anchor: { kind: 'text', start: encodePosition(aliceText, from), end: encodePosition(aliceText, from + QUOTE.length), quote: QUOTE },
      body: 'Which businesses?',
    });
    expect(created.status).toBe(201);

    // Bob writes before the anchor: the anchor moves with its words.
    paragraphText(bob.doc, 'context').insert(0, 'In Óbidos: ');
    await waitForDoc(alice.doc, () => aliceText.toString().startsWith('In Óbidos: '));
    const [thread] = await listThreads();
    expect(anchoredText(alice.doc, thread!)).toBe(QUOTE);

    // Bob deletes the anchored words: the thread is still there, detached.
    const bobText = paragraphText(bob.doc, 'context');
    bobText.delete(bobText.toString().indexOf(QUOTE), QUOTE.length);
    await waitForDoc(alice.doc, () => !aliceText.toString().includes(QUOTE));
    const [detached] = await listThreads();
    expect(detached?.id).toBe(thread?.id);
    expect(anchoredText(alice.doc, detached!)).toBeNull();
    expect(detached?.anchor).toMatchObject({ quote: QUOTE });
  });

  it('a thread whose whole paragraph is deleted is detached, not lost', async ({ join }) => {
    const alice = join();
    await alice.synced;
    const text = paragraphText(alice.doc, 'vision');
    text.insert(0, SENTENCE);
    await api('POST', `/api/documents/${NAME}/comments`, {
      anchor: { kind: 'text', start: encodePosition(text, 0), end: encodePosition(text, 4), quote: 'Grow' },
      body: 'Too vague',
    });
    const fragment = alice.doc.getXmlFragment(IAP_YDOC.text);
    const paragraphIndex = fragment.toArray().indexOf(text.parent as Y.XmlElement);
    fragment.delete(paragraphIndex, 1);
    await alice.whenSaved();

    const [thread] = await listThreads();
    expect(thread?.comments[0]?.body).toBe('Too vague');
    expect(anchoredText(alice.doc, thread!)).toBeNull();
  });

  it('tells the document’s clients that comments changed, with the thread id', async ({ join }) => {
    const watcher = join();
    await watcher.synced;
    const announced: string[] = [];
    const arrived = new Promise<void>((resolve) => {
      watcher.provider.messageHandlers[MESSAGE_COMMENTS_CHANGED] = (_encoder, decoder) => {
        announced.push(decoding.readVarString(decoder));
        resolve();
      };
    });

    const response = await api('POST', `/api/documents/${NAME}/comments`, {
      anchor: { kind: 'action', actionId: 'act-1' },
      body: 'Who leads this?',
    });
    const thread = (await response.json()) as CommentThread;
    await arrived;
    expect(announced).toEqual([thread.id]);
  });
});
