import argon2 from 'argon2';
import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../common/domain-module.js';
import { ARGON2_OPTIONS } from './password.service.js';

export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  role: string;
  isPlatformAdmin?: boolean;
  isResearcher?: boolean;
  membership?: { cityCode: string; role: 'ADMIN' | 'EDITOR' | 'MEMBER' };
}

/** Invented for the demo, marked `is_demo`, created and signing in only in demo mode (DEMO_MODE). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@citybridge.demo', password: 'Demo-Admin-CityBridge-2026', displayName: 'Admin Platform (demo)', role: 'platform admin', isPlatformAdmin: true },
  { email: 'admin.medan@citybridge.demo', password: 'Demo-Admin-Medan-Kota-2026', displayName: 'Admin Kota Medan (demo)', role: 'admin of Kota Medan', membership: { cityCode: '12.71', role: 'ADMIN' } },
  { email: 'editor.medan@citybridge.demo', password: 'Demo-Editor-Medan-2026', displayName: 'Editor Kota Medan (demo)', role: 'editor of Kota Medan', membership: { cityCode: '12.71', role: 'EDITOR' } },
  { email: 'anggota.solok@citybridge.demo', password: 'Demo-Anggota-Solok-2026', displayName: 'Anggota Kota Solok (demo)', role: 'member of Kota Solok', membership: { cityCode: '13.72', role: 'MEMBER' } },
  { email: 'editor.solok@citybridge.demo', password: 'Demo-Editor-Solok-2026', displayName: 'Editor Kota Solok (demo)', role: 'editor of Kota Solok', membership: { cityCode: '13.72', role: 'EDITOR' } },
  { email: 'admin.solok@citybridge.demo', password: 'Demo-Admin-Solok-Kota-2026', displayName: 'Admin Kota Solok (demo)', role: 'admin of Kota Solok', membership: { cityCode: '13.72', role: 'ADMIN' } },
  { email: 'peneliti@citybridge.demo', password: 'Demo-Peneliti-CityBridge-2026', displayName: 'Peneliti (demo)', role: 'researcher', isResearcher: true },
];

/**
 * Creates the demo accounts in a database without users (in demo mode only). The memberships are
 * part of the accounts; like every demo-data loader this runs before the application, on the database
 * itself, so it names the cities (loaded earlier, see `order`) by code through their `city_refs` view.
 */
async function seedDemoAccounts(m: EntityManager, { production }: { production: boolean }): Promise<Record<string, number> | null> {
  if (production) return null;
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM users) AS exists`);
  if (exists) return null;
  for (const account of DEMO_ACCOUNTS) {
    const [{ id }] = await m.query(
      `INSERT INTO users (email, display_name, password_hash, is_platform_admin, is_researcher, is_demo, email_confirmed_at) VALUES ($1, $2, $3, $4, $5, true, now()) RETURNING id`,
      [account.email, account.displayName, await argon2.hash(account.password, ARGON2_OPTIONS), !!account.isPlatformAdmin, !!account.isResearcher],
    );
    if (account.membership) {
      await m.query(`INSERT INTO city_memberships (user_id, city_id, role) SELECT $1, id, $3 FROM city_refs WHERE code = $2`, [id, account.membership.cityCode, account.membership.role]);
    }
  }
  return { accounts: DEMO_ACCOUNTS.length };
}

/** After the city directory: demo members belong to real cities. */
export const DEMO_ACCOUNTS_DATA: DemoDataLoader = { order: 20, load: seedDemoAccounts };
