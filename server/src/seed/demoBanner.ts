import type { DemoSeedResult } from './demoSeed.js';
import { DEMO_PASSWORD } from './demoSeed.js';

/** The text the start command prints so a visitor can sign in at once. */
export function demoBanner(url: string, seed: DemoSeedResult): string {
  if (seed.accounts.length === 0) {
    return `\nIAP Workspace is running at ${url}\nDEMO_SEED is on, but this database already has other accounts: no demo account was created.\n`;
  }
  const rows = seed.accounts.map((account) => {
    const role = account.networkRole ? account.networkRole.replace('_', ' ') : account.city?.role ?? '';
    return [account.email, role, account.city?.name ?? 'all cities'];
  });
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length), 8));
  const line = (cells: string[]): string => `  ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`;
  return [
    '',
    `IAP Workspace is running at ${url}`,
    `Demo accounts (${seed.created ? 'created now' : 'from an earlier run'}), all with the password: ${DEMO_PASSWORD}`,
    '',
    line(['e-mail', 'role', 'city']),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
    ...planLines(seed),
  ].join('\n');
}

const LANGUAGE_NAMES: Record<NonNullable<DemoSeedResult['plans']>[number]['locale'], string> = {
  en: 'English',
  pt: 'Portuguese',
  ro: 'Romanian',
  fi: 'Finnish',
};

function planLines(seed: DemoSeedResult): string[] {
  if (!seed.plans?.length) return [];
  return [
    'Demo plans written now (every other city starts from an empty plan):',
    ...seed.plans.map((plan) => `  ${plan.cityName}: ${LANGUAGE_NAMES[plan.locale]}, ${plan.state}`),
    '',
  ];
}
