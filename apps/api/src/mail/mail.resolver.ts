import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectConfig } from '../common/app-config.provider.js';
import { MAX_PAGE_SIZE } from '../common/pagination.js';
import type { GraphQLContext } from '../common/request-loaders.js';
import type { AppConfig } from '../config/app-config.js';
import { Public } from '../policy/allow.decorator.js';
import { denied } from '../policy/policy.guard.js';
import { MailService } from './mail.service.js';
import { OutboxEmailType } from './mail.types.js';

@Resolver(() => OutboxEmailType)
export class MailResolver {
  constructor(
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  // A development tool like a local mail catcher: open in demo mode (DEMO_MODE, loopback only), closed otherwise.
  @Public()
  @Query(() => [OutboxEmailType], { description: 'Demo mode only (DEMO_MODE): the mails the platform sent, newest first. Refused otherwise, whatever NODE_ENV says.' })
  async devMailbox(@Context() ctx: GraphQLContext, @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number): Promise<OutboxEmailType[]> {
    if (!this.config.demoMode) throw denied(ctx, (await ctx.auth.user()) !== null);
    return this.mail.outbox(Math.max(1, Math.min(first, MAX_PAGE_SIZE)));
  }
}
