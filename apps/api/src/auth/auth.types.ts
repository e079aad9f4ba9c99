import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTIONS } from '@citybridge/domain';
import { Email, Required, Text } from '../common/input.js';
import { Payload } from '../common/payload.js';

export const ActionEnum = Object.fromEntries(ACTIONS.map((a) => [a, a])) as Record<(typeof ACTIONS)[number], (typeof ACTIONS)[number]>;
registerEnumType(ActionEnum, { name: 'Action', description: 'What a user may do; decided by the policy in packages/domain.' });

export enum ResetLinkStatus {
  VALID = 'VALID',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  INVALID = 'INVALID',
}
registerEnumType(ResetLinkStatus, {
  name: 'ResetLinkStatus',
  description: 'What a password reset link is worth: USED also when a newer link or a new password ended it; INVALID when no link has this token.',
});

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;
  @Field()
  email: string;
  @Field()
  displayName: string;
  @Field()
  isPlatformAdmin: boolean;
  @Field()
  isResearcher: boolean;
  @Field({ description: 'Made for the demo: signs in only while the API runs in demo mode (DEMO_MODE).' })
  isDemo: boolean;
  @Field({ description: 'The owner opened the confirmation link mailed to this address (or a password reset link). An unconfirmed account cannot sign in.' })
  emailConfirmed: boolean;
  @Field()
  createdAt: Date;
}

@ObjectType('MemberUser', { description: 'A user as city admins and platform admins see them.' })
export class MemberUserType {
  @Field(() => ID)
  id: string;
  @Field()
  displayName: string;
  @Field()
  email: string;
}

@InputType()
export class SignUpInput {
  @Field()
  @Email()
  email: string;
  @Field()
  password: string;
  @Field()
  @Text({ max: 100 })
  displayName: string;
}

@ObjectType()
export class SignUpPayload extends Payload({
  accepted: {
    type: () => Boolean,
    description:
      'True when the sign-up was taken in, alike for a new and an already registered address (which is not told): a new one gets a confirmation link, the owner of a taken one a note. Nobody is signed in; an account signs in once its address is confirmed.',
  },
}) {}

@InputType()
export class SignInInput {
  @Field()
  @Email()
  email: string;
  @Field()
  @Required()
  password: string;
}

@ObjectType()
export class SignInPayload extends Payload({ user: () => UserType }) {}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, defaultValue: false, description: 'End every session of this account, on every device.' })
  everywhere?: boolean;
}

@ObjectType()
export class SignOutPayload extends Payload({ signedOut: () => Boolean }) {}

@InputType()
export class UpdateProfileInput {
  @Field()
  @Text({ max: 100 })
  displayName: string;
}

@ObjectType()
export class UpdateProfilePayload extends Payload({ user: () => UserType }) {}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Email()
  email: string;
}

@ObjectType()
export class RequestPasswordResetPayload extends Payload({
  accepted: { type: () => Boolean, description: 'True for any well-formed address, in the same time: whether it has an account is not told. False only when too many requests came from the client address.' },
}) {}

@InputType()
export class ConfirmEmailInput {
  @Field({ description: 'From the link in the confirmation mail.' })
  @Required()
  token: string;
}

@ObjectType()
export class ConfirmEmailPayload extends Payload({ emailConfirmed: () => Boolean }) {}

@ObjectType()
export class ResendEmailConfirmationPayload extends Payload({ sent: () => Boolean }) {}

@InputType()
export class ResetPasswordInput {
  @Field()
  token: string;
  @Field()
  password: string;
}

@ObjectType()
export class ResetPasswordPayload extends Payload({ passwordChanged: () => Boolean }) {}
