import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { PasswordService } from '../../src/auth/password.service';
import { User } from '../../src/auth/user.entity';
import { City } from '../../src/cities/city.entity';
import { CityMembership } from '../../src/memberships/city-membership.entity';

/** A password that passes the strength check; fixture accounts use it unless told otherwise. */
export const STRONG_PASSWORD = 'Bukit-Sikarah-Mendung-2026!';

export type CityRole = CityMembership['role'];

export interface CityFixture {
  id: number;
  slug: string;
  name: string;
}

export interface UserFixture {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

export interface UserOptions {
  /** Lower-cased like every stored address; default a unique one. */
  email?: string;
  password?: string;
  displayName?: string;
  /** A membership of `city` with this role. */
  role?: CityRole;
  /** Slug of the city for `role`; default a fresh city (see `city()`). */
  city?: string;
  platformAdmin?: boolean;
  researcher?: boolean;
  /** Default true: only a confirmed address signs in. */
  emailConfirmed?: boolean;
}

export interface Fixtures {
  /** A directory city that no account belongs to, asked for or was invited to, without practices, and not handed out before. */
  city(): Promise<CityFixture>;
  /** An account (argon2id hash, like sign-up makes) with the roles asked for. */
  user(options?: UserOptions): Promise<UserFixture>;
  /** A membership of an existing account. */
  membership(userId: string, citySlug: string, role: CityRole): Promise<CityMembership>;
}

// One hash per password: argon2 is slow on purpose, and fixtures make many accounts.
const passwords = new PasswordService();
const hashes = new Map<string, Promise<string>>();

/** Typed builders for the rows a test needs, made in the test's own database. */
export function createFixtures(dataSource: DataSource): Fixtures {
  const handedOut = new Set<number>();
  const fixtures: Fixtures = {
    async city() {
      const rows: CityFixture[] = await dataSource.query(
        `SELECT c.id, c.slug, c.name FROM cities c
          WHERE c.id <> ALL($1::int[])
            AND NOT EXISTS (SELECT 1 FROM city_memberships m WHERE m.city_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM representation_requests r WHERE r.city_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM invitations i WHERE i.city_id = c.id)
            AND NOT EXISTS (SELECT 1 FROM practices p WHERE p.city_id = c.id)
          ORDER BY c.code LIMIT 1`,
        [[...handedOut]],
      );
      if (!rows[0]) throw new Error('fixtures.city(): no unused city left');
      handedOut.add(rows[0].id);
      return rows[0];
    },

    async user(options = {}) {
      const email = options.email ?? `user-${randomBytes(5).toString('hex')}@fixture.go.id`;
      const password = options.password ?? STRONG_PASSWORD;
      const displayName = options.displayName ?? email.split('@')[0];
      if (!hashes.has(password)) hashes.set(password, passwords.hash(password));
      const user = await dataSource.getRepository(User).save({
        email,
        displayName,
        passwordHash: await (hashes.get(password) as Promise<string>),
        isPlatformAdmin: options.platformAdmin ?? false,
        isResearcher: options.researcher ?? false,
        emailConfirmedAt: options.emailConfirmed === false ? null : new Date(),
      });
      if (options.role) {
        await fixtures.membership(user.id, options.city ?? (await fixtures.city()).slug, options.role);
      } else if (options.city) {
        throw new Error('fixtures.user(): a city needs a role');
      }
      return { id: user.id, email, password, displayName };
    },

    async membership(userId, citySlug, role) {
      const city = await dataSource.getRepository(City).findOneByOrFail({ slug: citySlug });
      return dataSource.getRepository(CityMembership).save({ userId, cityId: city.id, role });
    },
  };
  return fixtures;
}
