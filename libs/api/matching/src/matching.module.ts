import { AccessModule } from '@bs/api/access';
import { Module } from '@nestjs/common';
import { MatchRepository } from './match.repository';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [AccessModule],
  providers: [MatchRepository, MatchingService, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
