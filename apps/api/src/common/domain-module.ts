import { Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { RESOLVER_NAME_METADATA } from '@nestjs/graphql';
import type { EntityManager, MigrationInterface } from 'typeorm';
import type { KeptQueries } from './kept-answers.js';
import { type Catalogue, type MessageFiles, mergeCatalogues } from './messages.js';

/** A domain's reference or demo data, loaded at start into an empty database (see database/prepare-database.ts). */
export interface DemoDataLoader {
  /** Loaders run in ascending order (a domain whose rows point at another's loads after it). */
  order: number;
  /** Runs in its own transaction; returns a summary to log, or null when there was nothing to do. */
  load(manager: EntityManager, options: { production: boolean }): Promise<Record<string, unknown> | null>;
}

/** What a domain brings besides its Nest module: everything the application collects from it. */
export interface DomainParts {
  /** Lower case, the folder name under src/. */
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity classes as plain constructors.
  entities?: Function[];
  /** Migration classes named `<Name><timestamp>`; every domain's migrations run together, sorted by timestamp. */
  migrations?: (new () => MigrationInterface)[];
  demoData?: DemoDataLoader;
  /** The domain's API messages (`locales/id.json`, `locales/en.json` in its folder). */
  messages?: MessageFiles;
  /** Public queries answered from a kept answer until the domain's next write (common/kept-answers.ts). */
  keptQueries?: KeptQueries;
}

const DOMAIN = Symbol('citybridge:domain');

/**
 * `@Module` for a domain: the Nest metadata plus the parts the application collects (entities,
 * migrations, demo data, messages). Adding a domain is this decorator and one line in app.module.ts.
 */
export function DomainModule(parts: DomainParts & ModuleMetadata): ClassDecorator {
  const { name, entities, migrations, demoData, messages, keptQueries, ...metadata } = parts;
  return (target) => {
    Module(metadata)(target);
    Reflect.defineMetadata(DOMAIN, { name, entities, migrations, demoData, messages, keptQueries }, target);
  };
}

export interface Domains {
  names: string[];
  // biome-ignore lint/complexity/noBannedTypes: as above.
  entities: Function[];
  migrations: (new () => MigrationInterface)[];
  demoData: (DemoDataLoader & { domain: string })[];
  messages: Record<'id' | 'en', Catalogue>;
  keptQueries: KeptQueries[];
  /** Every GraphQL resolver class of the domains and the modules they import. */
  resolvers: Type[];
}

function migrationTimestamp(migration: new () => MigrationInterface): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} must end with its 13-digit timestamp`);
  return Number(match[1]);
}

function resolversOf(modules: Type[]): Type[] {
  const seen = new Set<Type>();
  const resolvers = new Set<Type>();
  const visit = (module: Type) => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const provider of (Reflect.getMetadata('providers', module) ?? []) as unknown[]) {
      if (typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_NAME_METADATA, provider)) resolvers.add(provider as Type);
    }
    for (const imported of (Reflect.getMetadata('imports', module) ?? []) as unknown[]) if (typeof imported === 'function') visit(imported as Type);
  };
  for (const module of modules) visit(module);
  return [...resolvers];
}

/** Collects the parts of every domain module, in one place, and checks they do not clash. */
export function collectDomains(modules: Type[]): Domains {
  const parts = modules.map((module) => {
    const found: DomainParts | undefined = Reflect.getMetadata(DOMAIN, module);
    if (!found) throw new Error(`${module.name} is not a @DomainModule`);
    return found;
  });
  const migrations = parts.flatMap((p) => p.migrations ?? []).sort((a, b) => migrationTimestamp(a) - migrationTimestamp(b));
  return {
    names: parts.map((p) => p.name),
    entities: parts.flatMap((p) => p.entities ?? []),
    migrations,
    demoData: parts.flatMap((p) => (p.demoData ? [{ ...p.demoData, domain: p.name }] : [])).sort((a, b) => a.order - b.order),
    messages: mergeCatalogues(parts.flatMap((p) => (p.messages ? [{ source: p.name, files: p.messages }] : []))),
    keptQueries: parts.flatMap((p) => (p.keptQueries ? [p.keptQueries] : [])),
    resolvers: resolversOf(modules),
  };
}
