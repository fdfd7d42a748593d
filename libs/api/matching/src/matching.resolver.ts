import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { InvalidInputError } from '@bs/api/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MatchesArgs, MatchWithArgs } from './dto/matches.args';
import { MatchCheck, MatchExclusion, MatchPage } from './models/match.model';
import { MatchingService, type PartnerLoader } from './matching.service';

const uuid = (field: string, messageKey: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new InvalidInputError([{ field, messageKey }]) });

/** One partner loader per GraphQL request (keyed by its context object). */
const loaders = new WeakMap<object, PartnerLoader>();

@Resolver()
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  private loader(context: object, viewer: ViewerContext): PartnerLoader {
    let loader = loaders.get(context);
    if (!loader) {
      loader = this.matching.partnerLoader(viewer);
      loaders.set(context, loader);
    }
    return loader;
  }

  @Query(() => MatchPage, {
    description:
      'Partners for the organisation one acts for, best first: members, granted consultants, intermediaries serving its district, admins',
  })
  matches(
    @CurrentViewer() viewer: ViewerContext,
    @Args() args: MatchesArgs,
    @Context() context: object,
  ): Promise<MatchPage> {
    return this.matching.matches(viewer, args, this.loader(context, viewer));
  }

  @Query(() => MatchCheck, { description: 'One pair explained, or the reasons it does not match' })
  matchWith(
    @CurrentViewer() viewer: ViewerContext,
    @Args() args: MatchWithArgs,
    @Context() context: object,
  ): Promise<MatchCheck> {
    return this.matching.matchWith(viewer, args, this.loader(context, viewer));
  }

  @Query(() => [MatchExclusion], { description: 'Partners excluded from the matches' })
  matchExclusions(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, uuid('organisationId', 'organisations.invalidId'))
    organisationId: string,
    @Context() context: object,
  ): Promise<MatchExclusion[]> {
    return this.matching.exclusions(viewer, organisationId, this.loader(context, viewer));
  }

  @Mutation(() => Boolean, {
    description: '"Not interested": the partner no longer matches (both ways) until restored',
  })
  excludeMatchPartner(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, uuid('organisationId', 'organisations.invalidId'))
    organisationId: string,
    @Args('partnerId', { type: () => ID }, uuid('partnerId', 'matching.partnerInvalidId'))
    partnerId: string,
  ): Promise<boolean> {
    return this.matching.exclude(viewer, organisationId, partnerId);
  }

  @Mutation(() => Boolean, { description: 'Undo "not interested" for a partner' })
  restoreMatchPartner(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, uuid('organisationId', 'organisations.invalidId'))
    organisationId: string,
    @Args('partnerId', { type: () => ID }, uuid('partnerId', 'matching.partnerInvalidId'))
    partnerId: string,
  ): Promise<boolean> {
    return this.matching.restore(viewer, organisationId, partnerId);
  }
}
