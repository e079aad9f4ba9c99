import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../auth/current-user.decorator.js';
import type { SignedInUser } from '../../auth/request-auth.js';
import { Errors } from '../../common/mutation.js';
import type { PayloadData } from '../../common/payload.js';
import type { GraphQLContext } from '../../common/request-loaders.js';
import type { UserErrors } from '../../common/user-errors.js';
import { Allow, Public } from '../../policy/allow.decorator.js';
import { AdoptionType } from '../../practices/practice-search.types.js';
import { PracticeResource } from '../../practices/practice.resource.js';
import { PracticeType } from '../../practices/practices.types.js';
import { IndicatorType } from '../metrics.types.js';
import { ImpactService } from './impact.service.js';
import { AdoptionImpactType, SetPracticeIndicatorsInput, SetPracticeIndicatorsPayload } from './impact.types.js';

@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Public()
  @Query(() => AdoptionImpactType, { nullable: true, description: 'The impact panel of one adoption (what Adoption.impact says), null when the adoption or its practice cannot be seen.' })
  async adoptionImpact(@Args('adoptionId', { type: () => ID }) adoptionId: string, @Context() ctx: GraphQLContext): Promise<AdoptionImpactType | null> {
    return this.impact.impactOf(await ctx.auth.actor(), adoptionId, ctx.auth.language);
  }

  @Allow('PRACTICE_INDICATORS_EDIT', PracticeResource, (args) => args.input?.practiceId)
  @Mutation(() => SetPracticeIndicatorsPayload, { description: "Replaces a practice's related indicators (codes of the catalogue, in order); its editors and admins." })
  async setPracticeIndicators(
    @Args('input') input: SetPracticeIndicatorsInput,
    @CurrentUser() user: SignedInUser,
    @Errors() errors: UserErrors,
  ): Promise<PayloadData<SetPracticeIndicatorsPayload>> {
    return { practice: await this.impact.setRelatedIndicators(user, errors, input.practiceId, input.indicatorCodes) };
  }
}

/** The metrics domain's fields on a practice: its related indicators. */
@Resolver(() => PracticeType)
export class PracticeIndicatorsFieldResolver {
  constructor(private readonly impact: ImpactService) {}

  @ResolveField(() => [IndicatorType], { description: 'Indicators of the catalogue its editors relate to it (what it should move), in their order.' })
  relatedIndicators(@Parent() p: PracticeType, @Context() ctx: GraphQLContext): Promise<IndicatorType[]> {
    const language = ctx.auth.language;
    return ctx.loaders.get(`practiceRelatedIndicators:${language}`, (ids: readonly string[]) => this.impact.relatedIndicators(ids, language)).load(p.id);
  }
}

/** The metrics domain's field on an adoption: its impact on the practice's related indicators. */
@Resolver(() => AdoptionType)
export class AdoptionImpactFieldResolver {
  constructor(private readonly impacts: ImpactService) {}

  @ResolveField(() => AdoptionImpactType, {
    description: "The adopting city's related indicators before and after the adoption beside the median of cities of similar population. Correlation, not causation.",
  })
  impact(@Parent() a: AdoptionType, @Context() ctx: GraphQLContext): Promise<AdoptionImpactType> {
    const language = ctx.auth.language;
    return ctx.loaders.get(`adoptionImpact:${language}`, (adoptions: readonly AdoptionType[]) => this.impacts.impacts(adoptions, language)).load(a);
  }
}
