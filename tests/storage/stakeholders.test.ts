import { describe, expect, it } from 'vitest';
import type { StakeholderRecord } from '@iap/server/stakeholders/StakeholderRepository';
import { ENGINES, T0, useEngine } from '../support/engines.js';
import { AT, entry, people } from './rows.js';

const at = (ms: number) => new Date(T0 + ms).toISOString();

const stakeholder = (id: string, name: string, overrides: Partial<StakeholderRecord> = {}): StakeholderRecord => ({
  id,
  citySlug: 'porto',
  name,
  organisation: null,
  sector: 'business',
  gender: null,
  importance: 3,
  influence: 4,
  contact: null,
  consentToBeListed: false,
  linkedUserId: null,
  createdBy: 'ana',
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

describe.each(ENGINES)('StakeholderRepository on %s', (name) => {
  const engine = useEngine(name);

  it('create stores every field with its audit entries; find is scoped by city and names the linked account', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { stakeholders, audit } = engine().storage;
    const full = stakeholder('s1', 'Maria', {
      organisation: 'Câmara',
      sector: 'public_authority',
      gender: 'female',
      importance: 5,
      influence: 1,
      contact: 'maria@porto.test',
      consentToBeListed: true,
      linkedUserId: 'bo',
      createdAt: at(1_000),
      updatedAt: at(1_000),
    });
    await stakeholders.create(full, [{ ...entry('stakeholder.created', 's1'), subject: { type: 'stakeholder', id: 's1' } }]);
    expect(await stakeholders.find('s1', 'porto')).toEqual({ ...full, linkedUserName: 'bo' });
    expect(await stakeholders.find('s1', 'turku')).toBeNull();
    expect((await audit.listCity('porto', undefined, 5)).map((logged) => [logged.action, logged.at])).toEqual([['stakeholder.created', at(1_000)]]);
  });

  it('listCity orders by name ignoring ASCII case, then id, and leaves other cities out', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { stakeholders } = engine().storage;
    for (const [id, nameOf] of [
      ['3', 'bruno'],
      ['2', 'Ana'],
      ['1', 'ana'],
      ['4', 'Carla'],
    ] as const) {
      await stakeholders.create(stakeholder(id, nameOf), []);
    }
    await stakeholders.create(stakeholder('5', 'Aaron', { citySlug: 'turku' }), []);
    expect((await stakeholders.listCity('porto')).map((listed) => [listed.id, listed.name, listed.linkedUserName])).toEqual([
      ['1', 'ana', null],
      ['2', 'Ana', null],
      ['3', 'bruno', null],
      ['4', 'Carla', null],
    ]);
  });

  it('update replaces the editable fields only, in the right city; delete is stamped by the clock; both say not_found and write nothing otherwise', async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { stakeholders, audit } = engine().storage;
    await stakeholders.create(stakeholder('s1', 'Maria'), []);
    const changed = stakeholder('s1', 'Maria João', {
      sector: 'citizen',
      gender: 'non_binary',
      consentToBeListed: true,
      linkedUserId: 'bo',
      createdBy: 'bo',
      createdAt: at(99),
      updatedAt: at(2_000),
    });
    const updated = { ...entry('stakeholder.updated', 's1'), subject: { type: 'stakeholder' as const, id: 's1' } };
    expect(await stakeholders.update({ ...changed, citySlug: 'turku' }, [updated])).toEqual({ outcome: 'not_found' });
    expect(await stakeholders.update(changed, [updated])).toEqual({ outcome: 'written' });
    expect(await stakeholders.find('s1', 'porto')).toEqual({ ...changed, createdBy: 'ana', createdAt: AT, linkedUserName: 'bo' });
    engine().advance(9_000);
    const deleted = { ...entry('stakeholder.deleted', 's1'), subject: { type: 'stakeholder' as const, id: 's1' } };
    expect(await stakeholders.delete('s1', 'turku', [deleted])).toEqual({ outcome: 'not_found' });
    expect(await stakeholders.delete('s1', 'porto', [deleted])).toEqual({ outcome: 'written' });
    expect(await stakeholders.delete('s1', 'porto', [deleted])).toEqual({ outcome: 'not_found' });
    expect((await audit.listCity('porto', undefined, 5)).map((logged) => [logged.action, logged.at])).toEqual([
      ['stakeholder.deleted', at(9_000)],
      ['stakeholder.updated', at(2_000)],
    ]);
  });

  it('counts entries per sector and per gender, null included', async () => {
    await people(engine(), { ana: 'coordinator' });
    const { stakeholders } = engine().storage;
    await stakeholders.create(stakeholder('1', 'a', { sector: 'business', gender: 'female' }), []);
    await stakeholders.create(stakeholder('2', 'b', { sector: 'business', gender: null }), []);
    await stakeholders.create(stakeholder('3', 'c', { sector: 'citizen', gender: 'female' }), []);
    await stakeholders.create(stakeholder('4', 'd', { citySlug: 'turku', sector: 'education_research' }), []);
    const byKey = <K>(rows: { key: K; count: number }[]) => [...rows].sort((x, y) => String(x.key).localeCompare(String(y.key)));
    expect(byKey(await stakeholders.countBySector('porto'))).toEqual([
      { key: 'business', count: 2 },
      { key: 'citizen', count: 1 },
    ]);
    expect(byKey(await stakeholders.countByGender('porto'))).toEqual([
      { key: 'female', count: 2 },
      { key: null, count: 1 },
    ]);
  });

  it("an account's deletion unlinks its entries", async () => {
    await people(engine(), { ana: 'coordinator', bo: 'member' });
    const { stakeholders } = engine().storage;
    await stakeholders.create(stakeholder('s1', 'Maria', { linkedUserId: 'bo' }), []);
    await engine().query('DELETE FROM users WHERE id = ?', ['bo']);
    expect(await stakeholders.find('s1', 'porto')).toMatchObject({ linkedUserId: null, linkedUserName: null });
  });
});
