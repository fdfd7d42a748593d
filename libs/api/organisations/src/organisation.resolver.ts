import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { OrganisationsArgs } from './dto/organisations.args';
import { Organisation } from './models/organisation.model';
import { OrganisationService } from './organisation.service';
import { InvalidInputError } from '@bs/api/graphql';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => Organisation, { description: 'One organisation by id (public fields)' })
  organisation(
    @Args(
      'id',
      { type: () => ID },
      new ParseUUIDPipe({
        exceptionFactory: () =>
          new InvalidInputError([{ field: 'id', messageKey: 'organisations.invalidId' }]),
      }),
    )
    id: string,
  ): Promise<Organisation> {
    return this.organisationService.get(id);
  }

  @Query(() => [Organisation], {
    description: 'Organisations inside a bounding box, nearest to its centre first',
  })
  organisations(@Args() args: OrganisationsArgs): Promise<Organisation[]> {
    return this.organisationService.inBounds(args.bounds, args.limit);
  }
}
