import { isAllowed } from '@citybridge/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import { actorOf, type SignedInUser } from '../../auth/request-auth.js';
import { CityResource } from '../../cities/city.resource.js';
import { Errors } from '../../common/mutation.js';
import type { PayloadData } from '../../common/payload.js';
import type { GraphQLContext } from '../../common/request-loaders.js';
import type { UserErrors } from '../../common/user-errors.js';
import { Allow } from '../../policy/allow.decorator.js';
import { AdoptionType } from '../../practices/practice-search.types.js';
import { VisitResource } from '../visit.resource.js';
import { VisitType } from '../visits.types.js';
import { VisitFollowUpResource } from './visit-follow-up.resource.js';
import {
  CityVisitOutcomesType,
  FileVisitReportInput,
  FileVisitReportPayload,
  UpdateVisitFollowUpInput,
  UpdateVisitFollowUpPayload,
  VisitCostType,
  VisitReportType,
} from './visit-follow.types.js';
import { VisitReportsService } from './visit-reports.service.js';

/** Members of either city (and platform admins) see learnings, follow-ups and cost. */
async function mayViewDetails(ctx: GraphQLContext, hostCode: string, visitingCode: string): Promise<boolean> {
  const user = await ctx.auth.user();
  return isAllowed(actorOf(user), 'VISIT_VIEW_DETAILS', { cities: [{ cityId: hostCode, part: 'host' }, { cityId: visitingCode, part: 'visiting' }] });
}

/** A visit's report, the adoptions it produced and its cost: each one statement per page of visits. */
@Resolver(() => VisitType)
export class VisitFollowFieldsResolver {
  constructor(private readonly reports: VisitReportsService) {}

  @ResolveField(() => VisitReportType, { nullable: true, description: 'Null until the visiting city files it.' })
  async report(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitReportType | null> {
    const row = await ctx.loaders.get('visitReport', (ids: readonly string[]) => this.reports.reportsByVisit(ids)).load(v.id);
    if (!row) return null;
    const details = await mayViewDetails(ctx, row.host_code, row.visiting_code);
    return {
      summary: row.summary,
      learnings: details ? row.learnings : null,
      followUps: details ? row.follow_ups : null,
      source: row.source,
      filedAt: row.filed_at,
      updatedAt: row.updated_at,
      filedByName: row.filed_by_name,
      isDemo: row.is_demo,
    };
  }

  @ResolveField(() => [AdoptionType], { description: 'Adoptions of practices the visit produced.' })
  adoptions(@Parent() v: VisitType, @Context() ctx: GraphQLContext) {
    return ctx.loaders.get('visitAdoptions', (ids: readonly string[]) => this.reports.adoptionsByVisit(ids)).load(v.id);
  }

  @ResolveField(() => VisitCostType, { nullable: true, description: 'Delegation size, days and budget beside the adoptions; null without VISIT_VIEW_DETAILS.' })
  async cost(@Parent() v: VisitType, @Context() ctx: GraphQLContext): Promise<VisitCostType | null> {
    const row = await ctx.loaders.get('visitCost', (ids: readonly string[]) => this.reports.costsByVisit(ids)).load(v.id);
    if (!row) return null;
    return (await mayViewDetails(ctx, row.hostCode, row.visitingCode)) ? row.cost : null;
  }
}

@Resolver()
export class VisitFollowResolver {
  constructor(private readonly reports: VisitReportsService) {}

  @Allow('VISIT_OUTCOMES_VIEW', CityResource, (args) => args.citySlug)
  @Query(() => CityVisitOutcomesType, { description: "Members of the city: the completed visits it made, what they cost and what they produced." })
  cityVisitOutcomes(@Args('citySlug') citySlug: string) {
    return this.reports.outcomes(citySlug);
  }

  @Allow('VISIT_REPORT', VisitResource, (args) => args.input?.visitId)
  @Mutation(() => FileVisitReportPayload, { description: 'The visiting city files (or changes) the report of a completed visit.' })
  async fileVisitReport(@Args('input') input: FileVisitReportInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<FileVisitReportPayload>> {
    return { visit: await this.reports.file(user, errors, input) };
  }

  @Allow('VISIT_REPORT', VisitFollowUpResource, (args) => args.input?.followUpId)
  @Mutation(() => UpdateVisitFollowUpPayload, { description: 'The visiting city moves a follow-up action on (planned, in progress, done, dropped).' })
  async updateVisitFollowUp(@Args('input') input: UpdateVisitFollowUpInput, @Errors() errors: UserErrors): Promise<PayloadData<UpdateVisitFollowUpPayload>> {
    return { followUp: await this.reports.updateFollowUp(errors, input) };
  }
}
