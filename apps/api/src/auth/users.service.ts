import { Injectable } from '@nestjs/common';
import type { GraphQLContext } from '../common/request-loaders.js';
import { TransactionalConnection } from '../common/transaction.js';
import type { MemberUserType } from './auth.types.js';

@Injectable()
export class UsersService {
  constructor(private readonly connection: TransactionalConnection) {}

  async memberUsersById(ids: readonly string[]): Promise<(MemberUserType | undefined)[]> {
    const rows: MemberUserType[] = await this.connection.manager.query(`SELECT id, display_name AS "displayName", email FROM users WHERE id = ANY($1)`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  }

  /** For other domains' user fields: every user of a response in one statement. */
  async load(ctx: GraphQLContext, id: string): Promise<MemberUserType> {
    const user = await ctx.loaders.get('memberUserById', (ids: readonly string[]) => this.memberUsersById(ids)).load(id);
    if (!user) throw new Error(`Missing user ${id}`);
    return user;
  }
}
