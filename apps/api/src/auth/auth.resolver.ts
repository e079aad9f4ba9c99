import { allowedActions } from '@citybridge/domain';
import { UseInterceptors } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/request-loaders.js';
import { Transaction, TransactionInterceptor } from '../common/transaction.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { AuthService } from './auth.service.js';
import {
  ActionEnum,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  SignInInput,
  SignInPayload,
  SignOutInput,
  SignOutPayload,
  SignUpInput,
  SignUpPayload,
  UpdateProfileInput,
  UpdateProfilePayload,
  UserType,
} from './auth.types.js';
import { actorOf, type SignedInUser } from './request-auth.js';

@Resolver(() => UserType)
@UseInterceptors(TransactionInterceptor)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: GraphQLContext): Promise<SignedInUser | null> {
    return ctx.auth.user();
  }

  @Allow('ACCOUNT_SIGN_UP')
  @Transaction()
  @Mutation(() => SignUpPayload)
  signUp(@Args('input') input: SignUpInput, @Context() ctx: GraphQLContext) {
    return this.auth.signUp(ctx.auth, input);
  }

  @Allow('ACCOUNT_SIGN_IN')
  @Transaction()
  @Mutation(() => SignInPayload)
  signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext) {
    return this.auth.signIn(ctx.auth, input);
  }

  @Allow('ACCOUNT_SIGN_OUT')
  @Transaction()
  @Mutation(() => SignOutPayload)
  signOut(@Args('input', { type: () => SignOutInput, nullable: true }) input: SignOutInput | null, @Context() ctx: GraphQLContext) {
    return this.auth.signOut(ctx.auth, input?.everywhere === true);
  }

  @Allow('ACCOUNT_UPDATE_PROFILE')
  @Transaction()
  @Mutation(() => UpdateProfilePayload)
  async updateProfile(@Args('input') input: UpdateProfileInput, @Context() ctx: GraphQLContext) {
    return this.auth.updateProfile(ctx.auth, (await ctx.auth.user()) as SignedInUser, input);
  }

  @Allow('ACCOUNT_REQUEST_PASSWORD_RESET')
  @Transaction()
  @Mutation(() => RequestPasswordResetPayload)
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GraphQLContext) {
    return this.auth.requestPasswordReset(ctx.auth, input);
  }

  @Allow('ACCOUNT_RESET_PASSWORD')
  @Transaction()
  @Mutation(() => ResetPasswordPayload)
  resetPassword(@Args('input') input: ResetPasswordInput, @Context() ctx: GraphQLContext) {
    return this.auth.resetPassword(ctx.auth, input);
  }

  @ResolveField(() => [ActionEnum], { description: 'Actions this user may take without naming a city.' })
  allowedActions(@Parent() user: SignedInUser) {
    return allowedActions(actorOf(user));
  }
}
