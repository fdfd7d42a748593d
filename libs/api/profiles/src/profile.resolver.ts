import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { InvalidInputError } from '@bs/api/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  ProfileItemInput,
  SetOfferTermsInput,
  UpdateProfileSettingsInput,
  VerifyAttributeInput,
} from './dto/profile.inputs';
import { Profile } from './models/profile.model';
import { ProfileService } from './profile.service';

const organisationId = new ParseUUIDPipe({
  exceptionFactory: () =>
    new InvalidInputError([{ field: 'organisationId', messageKey: 'organisations.invalidId' }]),
});

@Resolver(() => Profile)
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Query(() => Profile, {
    description: 'The cooperation profile of a ZO or KMU, as far as the viewer may see it',
  })
  profile(
    @CurrentViewer() viewer: ViewerContext,
    @Args('organisationId', { type: () => ID }, organisationId) id: string,
  ): Promise<Profile> {
    return this.profiles.get(viewer, id);
  }

  @Mutation(() => Profile, { description: 'Add a topic, theme, attribute or criterion by hand' })
  addProfileEntry(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: ProfileItemInput,
  ): Promise<Profile> {
    return this.profiles.addEntry(viewer, input);
  }

  @Mutation(() => Profile, {
    description: 'Remove an entry by hand; one from the check stays hidden until added again',
  })
  removeProfileEntry(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: ProfileItemInput,
  ): Promise<Profile> {
    return this.profiles.removeEntry(viewer, input);
  }

  @Mutation(() => Profile, { description: 'Capacity, lead time and group size of an offer' })
  setOfferTerms(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: SetOfferTermsInput,
  ): Promise<Profile> {
    return this.profiles.setOfferTerms(viewer, input);
  }

  @Mutation(() => Profile, { description: 'Search radius, evidence setting, visibility' })
  updateProfileSettings(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: UpdateProfileSettingsInput,
  ): Promise<Profile> {
    return this.profiles.updateSettings(viewer, input);
  }

  @Mutation(() => Profile, {
    description: 'Confirm a quality attribute (intermediaries serving the organisation’s district)',
  })
  verifyAttribute(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: VerifyAttributeInput,
  ): Promise<Profile> {
    return this.profiles.verifyAttribute(viewer, input);
  }

  @Mutation(() => Profile, { description: 'Withdraw the confirmation of a quality attribute' })
  revokeAttributeVerification(
    @CurrentViewer() viewer: ViewerContext,
    @Args('input') input: VerifyAttributeInput,
  ): Promise<Profile> {
    return this.profiles.revokeAttributeVerification(viewer, input);
  }
}
