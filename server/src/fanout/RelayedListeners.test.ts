import { describe, expect, it } from 'vitest';
import type { ControlMessage } from '../collab/fanout.js';
import { WorkshopEvents } from '../workshops/WorkshopEvents.js';
import type { ListenerRelay } from './RelayedListeners.js';

/** A relay whose "other instances" are the test: it records what is published and delivers what the test sends. */
function fakeRelay(): ListenerRelay & { published: ControlMessage[]; deliver: (message: unknown) => void; resume: () => void } {
  const control = new Set<(message: ControlMessage) => void>();
  const resumed = new Set<() => void>();
  return {
    published: [],
    publishControl(message) {
      this.published.push(message);
    },
    subscribeControl: (listener) => (control.add(listener), () => control.delete(listener)),
    onResumed: (listener) => (resumed.add(listener), () => resumed.delete(listener)),
    deliver: (message) => control.forEach((listener) => listener(message as ControlMessage)),
    resume: () => resumed.forEach((listener) => listener()),
  };
}

describe('workshop events relayed between instances', () => {
  it('tells local streams and publishes ids and the topic only; tells its streams what other instances send, ignoring malformed messages', () => {
    const relay = fakeRelay();
    const events = new WorkshopEvents(relay);
    const heard: string[] = [];
    events.add('w1', (change) => heard.push(`w1:${change.what}`));
    events.add('w2', (change) => heard.push(`w2:${change.what}`));

    events.notify('w1', 'ideas');
    expect(relay.published).toEqual([{ kind: 'workshopChanged', workshopIds: ['w1'], what: 'ideas' }]);
    relay.deliver({ kind: 'workshopChanged', workshopIds: ['w2', 'w3'], what: 'session' });
    relay.deliver({ kind: 'workshopChanged', workshopIds: ['w1'], what: '<script>' });
    relay.deliver({ kind: 'workshopChanged', workshopIds: 'w1', what: 'polls' });
    relay.deliver({ kind: 'notificationsChanged', userIds: ['w1'] });
    expect(heard).toEqual(['w1:ideas', 'w2:session']);
  });

  it('after the link came back (ours or another instance’s), every stream hears every topic and refetches', () => {
    const relay = fakeRelay();
    const events = new WorkshopEvents(relay);
    const heard: string[] = [];
    events.add('w1', (change) => heard.push(change.what));
    relay.resume();
    relay.deliver({ kind: 'resumed' });
    expect(heard).toEqual(['session', 'ideas', 'polls', 'decisions', 'attendance', 'session', 'ideas', 'polls', 'decisions', 'attendance']);
    events.close();
    relay.deliver({ kind: 'workshopChanged', workshopIds: ['w1'], what: 'ideas' });
    expect(heard).toHaveLength(10);
  });
});
