import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CityResource } from '../cities/city.resource.js';
import { Errors } from '../common/mutation.js';
import type { PayloadData } from '../common/payload.js';
import type { UserErrors } from '../common/user-errors.js';
import { Allow } from '../policy/allow.decorator.js';
import { type CalendarFeed, VisitCalendar } from './visit-calendar.service.js';
import { CalendarFeedType, RotateCalendarFeedTokenInput, RotateCalendarFeedTokenPayload } from './visit-calendar.types.js';

/** The city feed's link for its admins, and rotating its secret token. */
@Resolver()
export class VisitCalendarResolver {
  constructor(private readonly calendar: VisitCalendar) {}

  private withPublicUrl(feed: CalendarFeed): CalendarFeedType {
    return { ...feed, publicUrl: feed.url.replace(/\?token=.*$/, '') };
  }

  @Allow('CALENDAR_FEED_MANAGE', CityResource, (args) => args.citySlug)
  @Query(() => CalendarFeedType, { nullable: true, description: "The city's calendar feed (made on first ask); null for an unknown city." })
  async calendarFeed(@Args('citySlug') citySlug: string): Promise<CalendarFeedType | null> {
    const feed = await this.calendar.feed(citySlug);
    return feed && this.withPublicUrl(feed);
  }

  @Allow('CALENDAR_FEED_MANAGE', CityResource, (args) => args.input?.citySlug)
  @Mutation(() => RotateCalendarFeedTokenPayload, { description: "Replaces the city feed's secret token: the old URL is refused from now on." })
  async rotateCalendarFeedToken(@Args('input') input: RotateCalendarFeedTokenInput, @Errors() errors: UserErrors): Promise<PayloadData<RotateCalendarFeedTokenPayload>> {
    const feed = await this.calendar.rotate(input.citySlug);
    if (!feed) errors.add('citySlug', 'NOT_FOUND');
    return { feed: feed && this.withPublicUrl(feed) };
  }
}
