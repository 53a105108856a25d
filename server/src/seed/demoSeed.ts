import { randomUUID } from 'node:crypto';
import { CREATIVE_CLUSTERS, type CityRole, type NetworkRole } from '@iap/shared';
import { isoAt, type Clock } from '../clock.js';
import { hashPassword } from '../auth/passwords.js';
import type { Storage } from '../storage/Storage.js';
import { DEMO_STAKEHOLDERS } from './demoStakeholders.js';
import { DEMO_PLANS } from './demoPlans/index.js';
import type { DemoPlan } from './demoPlans/DemoPlan.js';
import { writeDemoPlan, type DemoPlanServices } from './demoPlanWriter.js';

/** The one password of every demo account; it exists only when DEMO_SEED is on. */
export const DEMO_PASSWORD = 'creative-clusters';

export interface DemoAccount {
  email: string;
  name: string;
  networkRole: NetworkRole | null;
  city: { slug: string; name: string; role: CityRole } | null;
}

const CITY_ROLES_IN_DEMO: readonly CityRole[] = ['coordinator', 'facilitator', 'member', 'observer'];

/** Every demo account: the lead partner, an admin, and the four roles in each city. */
export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { email: 'lead@obidos.demo', name: 'Lead partner (Óbidos)', networkRole: 'lead_partner', city: null },
    { email: 'admin@network.demo', name: 'Network admin', networkRole: 'admin', city: null },
  ];
  for (const city of CREATIVE_CLUSTERS.cities) {
    for (const role of CITY_ROLES_IN_DEMO) {
      accounts.push({
        email: `${role}@${city.slug}.demo`,
        name: `${city.name} ${role}`,
        networkRole: null,
        city: { slug: city.slug, name: city.name, role },
      });
    }
  }
  return accounts;
}

export interface DemoSeedResult {
  /** False when the database already had accounts (the seed never touches a used database). */
  created: boolean;
  /** The demo accounts present in the database now. */
  accounts: DemoAccount[];
  /** The plans written now; absent when nothing was written or no app services were given. */
  plans?: { citySlug: string; cityName: string; locale: DemoPlan['locale']; state: DemoPlan['state'] }[];
}

/** What the demo seed writes through. */
export type DemoSeedStorage = Pick<Storage, 'users' | 'stakeholders' | 'comments' | 'exclusively'>;

/**
 * Creates the demo accounts and a stakeholder register per city, only in a database without
 * any account. Run after seedNetwork. It holds the storage's `demo-seed` lock throughout and
 * checks inside it that no account exists, so instances started together seed once. Hashing
 * happens first (async, off the main thread); the accounts and their roles are then written in
 * one transaction, so a crash leaves all of them or none, then the register entries.
 * Given the app's services, it then writes the demo plans (DEMO_PLANS) through them, in the
 * same run only: a database that already had accounts gets no plan either.
 */
export async function seedDemo(storage: DemoSeedStorage, clock: Clock, planServices?: DemoPlanServices): Promise<DemoSeedResult> {
  const { users, stakeholders } = storage;
  const accounts = demoAccounts();
  return storage.exclusively('demo-seed', async () => {
    if ((await users.count()) > 0) {
      const present = await Promise.all(accounts.map((account) => users.findByEmail(account.email)));
      return { created: false, accounts: accounts.filter((_, index) => present[index] !== null) };
    }
    const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));
    const now = isoAt(clock());
    const ids = new Map(accounts.map((account) => [account.email, randomUUID()] as const));
    const idOf = (email: string): string => {
      const id = ids.get(email);
      if (!id) throw new Error(`demo account ${email} is missing`);
      return id;
    };
    await users.createAccounts(
      accounts.map((account, index) => ({
        user: { id: idOf(account.email), email: account.email, name: account.name, passwordHash: hashes[index]!, networkRole: account.networkRole, createdAt: now },
        cityRoles: account.city ? [{ citySlug: account.city.slug, role: account.city.role }] : [],
      })),
    );
    for (const [citySlug, entries] of Object.entries(DEMO_STAKEHOLDERS)) {
      for (const entry of entries) {
        const record = {
          id: randomUUID(),
          citySlug,
          name: entry.name,
          organisation: entry.organisation,
          sector: entry.sector,
          gender: entry.gender,
          importance: entry.importance,
          influence: entry.influence,
          contact: entry.contact,
          consentToBeListed: entry.consent,
          linkedUserId: null,
          createdBy: ids.get(`coordinator@${citySlug}.demo`) ?? null,
          createdAt: now,
          updatedAt: now,
        };
        // Demo data, not a coordinator's change: no audit entry, as before.
        await stakeholders.create(record, []);
      }
    }
    if (!planServices) return { created: true, accounts };
    return { created: true, accounts, plans: await writeDemoPlans(storage, clock, planServices, idOf) };
  });
}

async function writeDemoPlans(
  storage: DemoSeedStorage,
  clock: Clock,
  services: DemoPlanServices,
  idOf: (email: string) => string,
): Promise<NonNullable<DemoSeedResult['plans']>> {
  const leadPartnerId = idOf('lead@obidos.demo');
  const written: NonNullable<DemoSeedResult['plans']> = [];
  for (const plan of DEMO_PLANS) {
    const cityRoles = new Map(CITY_ROLES_IN_DEMO.map((role) => [role, idOf(`${role}@${plan.citySlug}.demo`)] as const));
    await writeDemoPlan(plan, services, storage.comments, clock, { cityRoles, leadPartnerId });
    const cityName = CREATIVE_CLUSTERS.cities.find((city) => city.slug === plan.citySlug)?.name ?? plan.citySlug;
    written.push({ citySlug: plan.citySlug, cityName, locale: plan.locale, state: plan.state });
  }
  return written;
}
