import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { InvalidInputError } from '@bs/api/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.inputs';
import { OrganisationsArgs } from './dto/organisations.args';
import { MyOrganisation } from './models/membership.model';
import { OrganisationContact } from './models/organisation-contact.model';
import { Organisation } from './models/organisation.model';
import { OrganisationService } from './organisation.service';

export const organisationIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new InvalidInputError([{ field: 'id', messageKey: 'organisations.invalidId' }]),
});

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => Organisation, { description: 'One organisation by id (public fields)' })
  organisation(
    @Args('id', { type: () => ID }, organisationIdPipe) id: string,
  ): Promise<Organisation> {
    return this.organisationService.get(id);
  }

  @Query(() => [Organisation], {
    description: 'Organisations inside a bounding box, nearest to its centre first (public fields)',
  })
  organisations(@Args() args: OrganisationsArgs): Promise<Organisation[]> {
    return this.organisationService.inBounds(args.bounds, args.limit);
  }

  @Query(() => [MyOrganisation], { description: 'The organisations the viewer belongs to' })
  myOrganisations(@CurrentViewer() viewer: ViewerContext): Promise<MyOrganisation[]> {
    return this.organisationService.mine(viewer);
  }

  @Query(() => OrganisationContact, {
    description: 'Private contact person (members, granted consultants, regional intermediaries)',
  })
  organisationContact(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationIdPipe) organisationId: string,
  ): Promise<OrganisationContact> {
    return this.organisationService.contact(viewer, organisationId);
  }

  @Mutation(() => Organisation, { description: 'Create an organisation; you become its owner' })
  createOrganisation(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.create(viewer, input);
  }

  @Mutation(() => Organisation, { description: 'Change an organisation (editors and owners)' })
  updateOrganisation(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.update(viewer, input);
  }

  @Mutation(() => Boolean, {
    description: 'Delete an organisation with everything that belongs to it (owners); idempotent',
  })
  deleteOrganisation(
    @CurrentViewer() viewer: ViewerContext,
    @Args('id', { type: () => ID }, organisationIdPipe) id: string,
  ): Promise<boolean> {
    return this.organisationService.delete(viewer, id);
  }
}
