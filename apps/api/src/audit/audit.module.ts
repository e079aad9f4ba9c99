import { Module } from '@nestjs/common';
import { CitiesModule } from '../cities/cities.module.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Module({ imports: [CitiesModule], providers: [AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
