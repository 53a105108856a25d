import { describe, expect, it } from 'vitest';
import { readPeople } from './usePresence';

const user = (id: string, name: string, viewing = false) => ({ user: { id, name, color: '#1864ab', viewing } });

describe('who the presence list shows', () => {
  it('counts a person with two tabs once, as "you" when one tab is this one', () => {
    const states = new Map<number, Record<string, unknown>>([
      [7, user('u-marta', 'Marta')],
      [3, user('u-nuno', 'Nuno')],
      [9, user('u-nuno', 'Nuno')],
      [5, user('u-marta', 'Marta')],
    ]);
    const people = readPeople(states, 5);
    expect(people.map((person) => [person.name, person.isSelf])).toEqual([
      ['Marta', true],
      ['Nuno', false],
    ]);
    expect(people[0]?.clientId).toBe(5);
  });

  it('shows someone as viewing only when none of their tabs may write', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, user('u-olga', 'Olga', true)],
      [2, user('u-ana', 'Ana', true)],
      [3, user('u-ana', 'Ana', false)],
    ]);
    expect(readPeople(states, 99).map((person) => [person.name, person.viewing])).toEqual([
      ['Olga', true],
      ['Ana', false],
    ]);
  });

  it('keeps a client that does not say who it is as its own entry', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, {}],
    ]);
    expect(readPeople(states, 1).map((person) => [person.clientId, person.name])).toEqual([
      [1, null],
      [2, null],
    ]);
  });
});
