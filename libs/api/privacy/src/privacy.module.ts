import { AccessModule } from '@bs/api/access';
import { Module } from '@nestjs/common';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [AccessModule],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
