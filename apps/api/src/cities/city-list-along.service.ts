import { Injectable } from '@nestjs/common';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../common/graphql-selection.js';
import { PRELOADED } from '../common/preloaded.js';
import type { CityType } from './cities.types.js';

/** Loads one field for many cities, in the order of the ids (one statement). */
export type CityFieldLoader = (cityIds: readonly number[]) => Promise<unknown[]>;

/**
 * Fields of City that another domain answers (City.facts: the metrics domain) and registers here:
 * when a list's query selects one on its rows, the list loads it for the whole page in one call,
 * into `row[PRELOADED]`, which answers the field before its resolver runs (no Nest field pipeline
 * per row). The other domain's resolver still answers a city that came another way (the profile).
 * The cities domain knows the field's name only, not its data.
 */
@Injectable()
export class CityListAlong {
  private readonly loaders = new Map<string, CityFieldLoader>();

  register(field: string, load: CityFieldLoader): void {
    this.loaders.set(field, load);
  }

  async bring(nodes: CityType[], info: GraphQLResolveInfo): Promise<void> {
    if (nodes.length === 0) return;
    await Promise.all(
      [...this.loaders].map(async ([field, load]) => {
        if (selectedFields(info, 'nodes', field) === null && selectedFields(info, 'edges', 'node', field) === null) return;
        const values = await load(nodes.map((n) => n.dbId));
        nodes.forEach((n, i) => {
          n[PRELOADED] = { ...n[PRELOADED], [field]: values[i] };
        });
      }),
    );
  }
}
