import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';
import { PolicyService } from './policy.service';

@Module({
  providers: [PolicyService, AuditService],
  exports: [PolicyService, AuditService],
})
export class AccessModule {}
