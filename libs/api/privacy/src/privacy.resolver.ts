import { CurrentViewer, type ViewerContext } from '@bs/api/accounts';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => String, {
    description: 'Everything stored about you and your organisations, as a JSON document',
  })
  myDataExport(@CurrentViewer() viewer: ViewerContext): Promise<string> {
    return this.privacy.export(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Delete your account completely (confirm with your password). Organisations you are the ' +
      'only member of are deleted too.',
  })
  deleteMyAccount(
    @CurrentViewer() viewer: ViewerContext,
    @Args('password') password: string,
  ): Promise<boolean> {
    return this.privacy.deleteAccount(viewer, password);
  }
}
