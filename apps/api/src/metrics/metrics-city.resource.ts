import { inCity, type Resource } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../common/transaction.js';
import type { ResourceFinder } from '../policy/allow.decorator.js';

/** The policy's resource for a city's numbers, named by the city's Kemendagri code (as metrics names cities). */
@Injectable()
export class MetricsCityResource implements ResourceFinder {
  constructor(private readonly connection: TransactionalConnection) {}

  async find(code: unknown): Promise<Resource | null> {
    if (typeof code !== 'string') return null;
    const [row] = await this.connection.manager.query(`SELECT code FROM city_refs WHERE code = $1`, [code]);
    return row ? inCity(row.code) : null;
  }
}
