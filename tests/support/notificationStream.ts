import http from 'node:http';
import { NOTIFICATIONS_CHANGED_EVENT } from '@iap/shared';

/** An open `GET /api/notifications/stream`, counting the "changed" events that arrived. */
export interface NotificationStream {
  status: number;
  contentType: string | undefined;
  /** Resolves once `count` events have arrived in all. */
  events: (count: number) => Promise<void>;
  received: () => number;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close: () => void;
}

/** Opens the notification stream, or another event stream of the API at `path` (its events are not counted). */
export function openStream(server: { httpUrl: string }, person: { cookie: string }, path = '/api/notifications/stream'): Promise<NotificationStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.httpUrl}${path}`, { headers: { cookie: person.cookie } }, (response) => {
      const ended = new Promise<void>((done) => response.once('end', done));
      let received = 0;
      let buffered = '';
      const waiting: { count: number; done: () => void }[] = [];
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffered += chunk;
        const blocks = buffered.split('\n\n');
        buffered = blocks.pop() ?? '';
        received += blocks.filter((block) => block.split('\n').includes(`event: ${NOTIFICATIONS_CHANGED_EVENT}`)).length;
        for (const waiter of waiting.filter((candidate) => received >= candidate.count)) waiter.done();
      });
      resolve({
        status: response.statusCode ?? 0,
        contentType: response.headers['content-type'],
        events: (count) =>
          new Promise((done) => {
            if (received >= count) done();
            else waiting.push({ count, done });
          }),
        received: () => received,
        ended,
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}
