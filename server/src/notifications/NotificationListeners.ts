import { RelayedListeners, type ListenerRelay, type RelayCodec } from '../fanout/RelayedListeners.js';

/** Called when the notifications of the person it listens for change. */
export type NotificationListener = () => void;

/** How the other instances hear that someone's notifications changed (the app's fan-out). */
export type NotificationRelay = ListenerRelay;

/** `notificationsChanged` carries the user ids and nothing else. */
const notificationsChanged: RelayCodec<void> = {
  encode: (userIds) => ({ kind: 'notificationsChanged', userIds }),
  decode: (message) => (message.kind === 'notificationsChanged' ? { keys: message.userIds, change: undefined } : null),
  catchUp: [undefined],
};

/**
 * Who is listening for whose notifications: the open event streams of this process, keyed by
 * user id. One per app. With several instances, `notify` also publishes a `notificationsChanged`
 * control message and each instance tells its own streams of the people it names: a stream
 * sends a content-free "changed" and the browser refetches with its cookie, so a receiver
 * trusts nothing else it says.
 */
export class NotificationListeners extends RelayedListeners<void> {
  constructor(relay?: NotificationRelay) {
    super(notificationsChanged, relay);
  }
}
