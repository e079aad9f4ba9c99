import DataLoader from 'dataloader';
import type { RequestAuth } from '../auth/request-auth.js';
import type { RequestState } from './request-context.js';

/**
 * The DataLoaders of one GraphQL request, made on first use. Each domain names its own loaders, so
 * this holder knows nothing about them; a new holder per request means nothing is cached across users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export interface GraphQLContext {
  loaders: RequestLoaders;
  auth: RequestAuth;
  request: RequestState;
}

