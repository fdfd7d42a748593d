import { AccessModule } from '@bs/api/access';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

@Module({
  // MailService (notifications) and GeocodingService (regions) come from global modules
  // registered once with their configuration in the app module.
  imports: [TypeOrmModule.forFeature([OrganisationEntity]), AccessModule],
  providers: [
    OrganisationRepository,
    OrganisationService,
    OrganisationResolver,
    MembershipService,
    MembershipResolver,
  ],
  exports: [OrganisationService, MembershipService],
})
export class OrganisationModule {}
