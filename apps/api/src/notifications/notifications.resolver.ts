import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { SignedInUser } from '../auth/request-auth.js';
import { Errors } from '../common/mutation.js';
import type { PayloadData } from '../common/payload.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow } from '../policy/allow.decorator.js';
import { NotificationsService } from './notifications.service.js';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, NotificationConnection } from './notifications.types.js';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Allow('NOTIFICATIONS_VIEW')
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first." })
  notifications(
    @CurrentUser() user: SignedInUser,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
  ) {
    return this.service.list(user, ctx.auth.language, Math.min(first ?? 20, 50), after, !!unreadOnly);
  }

  @Allow('NOTIFICATIONS_VIEW')
  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread (the bell)." })
  unreadNotificationCount(@CurrentUser() user: SignedInUser) {
    return this.service.unreadCount(user.id);
  }

  @Allow('NOTIFICATIONS_VIEW')
  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(@Args('input') input: MarkNotificationsReadInput, @CurrentUser() user: SignedInUser, @Errors() errors: UserErrors): Promise<PayloadData<MarkNotificationsReadPayload>> {
    return (await this.service.markRead(user, errors, input)) ?? { markedCount: null, unreadCount: null };
  }
}
