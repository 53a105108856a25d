import { CityRepository } from '../cities/CityRepository.js';
import type { Db } from '../db/openDatabase.js';
import { NotificationListeners } from './NotificationListeners.js';
import { NotificationService, type PrincipalSource } from './NotificationService.js';
import { SqliteNotificationStore } from './SqliteNotificationStore.js';

/** The notifications of one app, over its SQLite database; `principals` is the account directory. */
export function createNotificationService(db: Db, principals: PrincipalSource): NotificationService {
  return new NotificationService(new SqliteNotificationStore(db), principals, new NotificationListeners(), new CityRepository(db));
}
