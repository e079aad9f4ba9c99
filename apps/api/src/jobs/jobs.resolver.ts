import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MAX_PAGE_SIZE } from '../common/pagination.js';
import { Allow } from '../policy/allow.decorator.js';
import { JobsService } from './jobs.service.js';
import { FailedJobType } from './jobs.types.js';

@Resolver()
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Allow('JOBS_VIEW')
  @Query(() => [FailedJobType], { description: 'Platform admins: background jobs that failed their last retry (dead-lettered), newest first.' })
  failedJobs(@Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number): Promise<FailedJobType[]> {
    return this.jobs.failed(Math.max(1, Math.min(first, MAX_PAGE_SIZE)));
  }
}
