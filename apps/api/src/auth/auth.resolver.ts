import { allowedActions } from '@citybridge/domain';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Errors } from '../common/mutation.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow, Public } from '../policy/allow.decorator.js';
import { AuthService } from './auth.service.js';
import {
  ActionEnum,
  ConfirmEmailInput,
  ConfirmEmailPayload,
  ResendEmailConfirmationPayload,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetLinkStatus,
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
import { CurrentUser } from './current-user.decorator.js';
import { EmailConfirmationService } from './email-confirmation.service.js';
import { actorOf, type SignedInUser } from './request-auth.js';

@Resolver(() => UserType)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly confirmations: EmailConfirmationService,
  ) {}

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Context() ctx: GraphQLContext): Promise<SignedInUser | null> {
    return ctx.auth.user();
  }

  @Allow('ACCOUNT_SIGN_UP')
  @Mutation(() => SignUpPayload)
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GraphQLContext, @Errors() errors: UserErrors): Promise<PayloadData<SignUpPayload>> {
    return { accepted: await this.auth.signUp(ctx.auth, errors, input) };
  }

  @Allow('ACCOUNT_SIGN_IN')
  @Mutation(() => SignInPayload)
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GraphQLContext, @Errors() errors: UserErrors): Promise<PayloadData<SignInPayload>> {
    return { user: await this.auth.signIn(ctx.auth, errors, input) };
  }

  @Allow('ACCOUNT_SIGN_OUT')
  @Mutation(() => SignOutPayload)
  async signOut(@Args('input', { type: () => SignOutInput, nullable: true }) input: SignOutInput | null, @Context() ctx: GraphQLContext): Promise<PayloadData<SignOutPayload>> {
    await this.auth.signOut(ctx.auth, input?.everywhere === true);
    return { signedOut: true };
  }

  @Allow('ACCOUNT_UPDATE_PROFILE')
  @Mutation(() => UpdateProfilePayload)
  async updateProfile(@Args('input') input: UpdateProfileInput, @CurrentUser() user: SignedInUser, @Context() ctx: GraphQLContext): Promise<PayloadData<UpdateProfilePayload>> {
    return { user: await this.auth.updateProfile(ctx.auth, user, input) };
  }

  @Allow('ACCOUNT_REQUEST_PASSWORD_RESET')
  @Mutation(() => RequestPasswordResetPayload)
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Context() ctx: GraphQLContext, @Errors() errors: UserErrors): Promise<PayloadData<RequestPasswordResetPayload>> {
    return { accepted: await this.auth.requestPasswordReset(ctx.auth, errors, input) };
  }

  @Allow('ACCOUNT_RESET_PASSWORD')
  @Mutation(() => ResetPasswordPayload)
  async resetPassword(@Args('input') input: ResetPasswordInput, @Errors() errors: UserErrors): Promise<PayloadData<ResetPasswordPayload>> {
    return { passwordChanged: await this.auth.resetPassword(errors, input) };
  }

  @Allow('ACCOUNT_CONFIRM_EMAIL')
  @Mutation(() => ConfirmEmailPayload)
  async confirmEmail(@Args('input') input: ConfirmEmailInput, @Context() ctx: GraphQLContext, @Errors() errors: UserErrors): Promise<PayloadData<ConfirmEmailPayload>> {
    const emailConfirmed = await this.confirmations.confirm(errors, input.token);
    if (emailConfirmed) ctx.auth.reload(); // `me` of this response shows it, when the owner is signed in
    return { emailConfirmed };
  }

  @Allow('ACCOUNT_RESEND_EMAIL_CONFIRMATION')
  @Mutation(() => ResendEmailConfirmationPayload)
  async resendEmailConfirmation(@CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<ResendEmailConfirmationPayload>> {
    return { sent: await this.confirmations.resend(user, errors) };
  }

  @Public()
  @Query(() => ResetLinkStatus, { description: 'Whether a password reset link still works, before its form is shown; never says whose it is.' })
  passwordResetLink(@Args('token') token: string): Promise<ResetLinkStatus> {
    return this.auth.resetLinkStatus(token);
  }

  @ResolveField(() => [ActionEnum], { description: 'Actions this user may take without naming a city.' })
  allowedActions(@Parent() user: SignedInUser) {
    return allowedActions(actorOf(user));
  }
}
