import { randomUUID } from 'node:crypto';
import { CREATIVE_CLUSTERS, type CityRole, type NetworkRole } from '@iap/shared';
import type { Db } from '../db/openDatabase.js';
import { isoAt, type Clock } from '../clock.js';
import { hashPassword } from '../auth/passwords.js';
import { UserRepository } from '../auth/UserRepository.js';
import { MembershipRepository } from '../members/MembershipRepository.js';
import { StakeholderRepository } from '../stakeholders/StakeholderRepository.js';
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

/**
 * Creates the demo accounts and a stakeholder register per city, only in a database without
 * any account. Run after seedNetwork. Hashing happens first (async, off the main thread);
 * the rows are then written in one transaction, so a crash leaves all or nothing.
 * Given the app's services, it then writes the demo plans (DEMO_PLANS) through them, in the
 * same run only: a database that already had accounts gets no plan either.
 */
export async function seedDemo(db: Db, clock: Clock, planServices?: DemoPlanServices): Promise<DemoSeedResult> {
  const users = new UserRepository(db);
  const accounts = demoAccounts();
  if (users.count() > 0) {
    return { created: false, accounts: accounts.filter((account) => users.findByEmail(account.email) !== null) };
  }
  const hashes = await Promise.all(accounts.map(() => hashPassword(DEMO_PASSWORD)));
  const memberships = new MembershipRepository(db);
  const stakeholders = new StakeholderRepository(db);
  const now = isoAt(clock());
  db.transaction(() => {
    const coordinators = new Map<string, string>();
    accounts.forEach((account, index) => {
      const id = randomUUID();
      users.insert({ id, email: account.email, name: account.name, passwordHash: hashes[index]!, networkRole: account.networkRole, createdAt: now });
      if (!account.city) return;
      memberships.insert({ userId: id, citySlug: account.city.slug, role: account.city.role, joinedAt: now });
      if (account.city.role === 'coordinator') coordinators.set(account.city.slug, id);
    });
    for (const [citySlug, entries] of Object.entries(DEMO_STAKEHOLDERS)) {
      for (const entry of entries) {
        stakeholders.insert({
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
          createdBy: coordinators.get(citySlug) ?? null,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
  })();
  if (!planServices) return { created: true, accounts };
  return { created: true, accounts, plans: await writeDemoPlans(db, clock, planServices) };
}

async function writeDemoPlans(db: Db, clock: Clock, services: DemoPlanServices): Promise<NonNullable<DemoSeedResult['plans']>> {
  const users = new UserRepository(db);
  const idOf = (email: string): string => {
    const user = users.findByEmail(email);
    if (!user) throw new Error(`demo account ${email} is missing`);
    return user.id;
  };
  const leadPartnerId = idOf('lead@obidos.demo');
  const written: NonNullable<DemoSeedResult['plans']> = [];
  for (const plan of DEMO_PLANS) {
    const cityRoles = new Map(CITY_ROLES_IN_DEMO.map((role) => [role, idOf(`${role}@${plan.citySlug}.demo`)] as const));
    await writeDemoPlan(plan, services, db, clock, { cityRoles, leadPartnerId });
    const cityName = CREATIVE_CLUSTERS.cities.find((city) => city.slug === plan.citySlug)?.name ?? plan.citySlug;
    written.push({ citySlug: plan.citySlug, cityName, locale: plan.locale, state: plan.state });
  }
  return written;
}
