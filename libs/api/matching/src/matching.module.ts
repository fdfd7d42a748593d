import { AccessModule } from '@bs/api/access';
import { Module, type DynamicModule } from '@nestjs/common';
import { MatchRepository } from './match.repository';
import { MatchingResolver } from './matching.resolver';
import { MATCHING_OPTIONS, MatchingService, type MatchingOptions } from './matching.service';

@Module({})
export class MatchingModule {
  static register(options: MatchingOptions): DynamicModule {
    return {
      module: MatchingModule,
      imports: [AccessModule],
      providers: [
        { provide: MATCHING_OPTIONS, useValue: options },
        MatchRepository,
        MatchingService,
        MatchingResolver,
      ],
      exports: [MatchingService],
    };
  }
}
