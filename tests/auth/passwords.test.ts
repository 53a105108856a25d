import { describe, expect, it } from 'vitest';
import { newPasswordSchema, passwordProblem, PASSWORD_PROBLEM_MESSAGES, type PasswordProblem } from '@iap/shared';
import { createAdmin } from '@iap/server/auth/createAdmin';
import { openSqliteStorage } from '@iap/server/storage/sqlite/openSqliteStorage';

const REFUSED: [string, string, PasswordProblem][] = [
  ['ten spaces', ' '.repeat(10), 'only_spaces'],
  ['tabs and line breaks only', '\t\n \t\n \t\n \t', 'control_characters'],
  ['ten NUL characters', '\u0000'.repeat(10), 'control_characters'],
  ['a tab inside', 'my\tlong password', 'control_characters'],
  ['a line break inside', 'my long\npassword', 'control_characters'],
  ['an escape character inside', 'my long \u001bpassword', 'control_characters'],
  ['a C1 control character inside', 'my long \u0085password', 'control_characters'],
  ['one letter repeated', 'aaaaaaaaaa', 'one_character'],
  ['one digit repeated', '1'.repeat(24), 'one_character'],
  ['a common password', 'password123', 'common'],
  ['a common password in capitals', 'QWERTYUIOP', 'common'],
  ['a common password with spaces around it', '  1234567890  ', 'common'],
  ['the public demo password', 'creative-clusters', 'common'],
];

describe('password rules (shared by the server and the invite form)', () => {
  it.each(REFUSED)('refuses %s, saying which rule', (_label, password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
    const parsed = newPasswordSchema.safeParse(password);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((candidate) => candidate.code === 'custom');
    expect(issue).toMatchObject({ message: PASSWORD_PROBLEM_MESSAGES[problem], params: { passwordProblem: problem } });
  });

  it.each(['a long test password', 'correct horse battery staple', 'Zürich · Óbidos · 2025', '  spaces around are fine  '])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
      expect(newPasswordSchema.safeParse(password).success).toBe(true);
    },
  );

  it('length comes first: a short password is refused for its length', () => {
    expect(newPasswordSchema.safeParse('aaaa').error!.issues[0]).toMatchObject({ message: 'at least 10 characters' });
  });

  it('creating an admin refuses the same passwords, naming the field', async () => {
    const storage = openSqliteStorage({ dataDir: ':memory:', clock: Date.now });
    try {
      const input = { email: 'admin@example.org', name: 'Admin' };
      await expect(createAdmin(storage.users, Date.now, { ...input, password: 'aaaaaaaaaa' })).rejects.toThrow(
        'password: must not be one character repeated',
      );
      await expect(createAdmin(storage.users, Date.now, { ...input, password: 'password1234' })).rejects.toThrow(
        'password: is one of the most common passwords',
      );
      expect(await storage.users.count()).toBe(0);
    } finally {
      await storage.close();
    }
  });
});
