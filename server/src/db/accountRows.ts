/**
 * SQL shared by the SQLite units of work that write accounts and memberships: the user and
 * membership repositories, and the invite's acceptance (which writes both in its transaction).
 */

/** Inserts one account (enabled, no language chosen), from named parameters of a NewUser. */
export const INSERT_USER = `INSERT INTO users (id, email, name, password_hash, network_role, created_at, disabled)
  VALUES (@id, @email, @name, @passwordHash, @networkRole, @createdAt, 0)`;

/** The id of the account with an e-mail. */
export const USER_ID_BY_EMAIL = 'SELECT id FROM users WHERE email = ?';

/** Inserts one membership, from named parameters of a MembershipRecord. */
export const INSERT_MEMBERSHIP = 'INSERT INTO memberships (user_id, city_slug, role, joined_at) VALUES (@userId, @citySlug, @role, @joinedAt)';

/** The membership of an account in a city, as a MembershipRecord. */
export const SELECT_MEMBERSHIP =
  'SELECT user_id AS userId, city_slug AS citySlug, role, joined_at AS joinedAt FROM memberships WHERE user_id = ? AND city_slug = ?';
