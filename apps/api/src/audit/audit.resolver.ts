import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberUserType } from '../auth/auth.types.js';
import { UsersService } from '../auth/users.service.js';
import { CitiesService } from '../cities/cities.service.js';
import { CityType } from '../cities/cities.types.js';
import { loadCity } from '../cities/city-loader.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import { Allow } from '../policy/allow.decorator.js';
import { AuditService } from './audit.service.js';
import { AuditEntryConnection, AuditEntryType, AuditLogFilter } from './audit.types.js';

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly cities: CitiesService,
    private readonly users: UsersService,
  ) {}

  @Allow('AUDIT_LOG_VIEW')
  @Query(() => AuditEntryConnection, { description: 'Platform admins: who changed what and when, newest first.' })
  async auditLog(
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const page = await this.audit.list(
      {
        citySlug: filter?.citySlug || undefined,
        actorEmail: filter?.userEmail?.trim().toLowerCase() || undefined,
        from: filter?.from ?? undefined,
        to: filter?.to ?? undefined,
      },
      first,
      after,
    );
    const nodes = page.nodes.map((row) => ({ ...row, before: json(row.before), after: json(row.after) }));
    return { ...page, nodes, edges: page.edges.map((e, i) => ({ ...e, node: nodes[i] })) };
  }

  @ResolveField(() => MemberUserType, { nullable: true })
  actor(@Parent() entry: AuditEntryType, @Context() ctx: GraphQLContext) {
    return entry.actorId ? this.users.load(ctx, entry.actorId) : null;
  }

  @ResolveField(() => CityType, { nullable: true })
  city(@Parent() entry: AuditEntryType, @Context() ctx: GraphQLContext) {
    return entry.cityId ? loadCity(ctx, this.cities, entry.cityId) : null;
  }
}
