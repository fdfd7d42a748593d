import { AccessModule } from '@bs/api/access';
import { Module } from '@nestjs/common';
import { MatchIndexWriter } from './match-index.writer';
import { ProfileDerivationService } from './profile-derivation.service';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';
import { ProfileStore } from './profile.store';
import { TaxonomyResolver } from './taxonomy.resolver';

/** Cooperation profiles: derivation from checks, adjustments, visibility, the match index. */
@Module({
  imports: [AccessModule],
  providers: [
    ProfileStore,
    MatchIndexWriter,
    ProfileDerivationService,
    ProfileService,
    ProfileResolver,
    TaxonomyResolver,
  ],
  exports: [ProfileService, MatchIndexWriter],
})
export class ProfilesModule {}
