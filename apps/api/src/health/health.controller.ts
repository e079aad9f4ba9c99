import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { type Readiness, HealthService } from './health.service.js';

/** Plain HTTP beside /graphql, so a load balancer needs no GraphQL; never behind the web app's fallback. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process answers: restart it when this fails. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** It can serve requests: 503 while the database, its migrations or the job queue are not ready. */
  @Get('ready')
  async ready(): Promise<Readiness> {
    const readiness = await this.health.readiness();
    if (readiness.status !== 'ok') throw new ServiceUnavailableException(readiness);
    return readiness;
  }
}
