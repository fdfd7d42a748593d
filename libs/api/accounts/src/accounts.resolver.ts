import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { AccountsService } from './accounts.service';
import { CurrentSession, CurrentViewer } from './current-viewer.decorator';
import {
  ChangeLocaleArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
  VerifyEmailArgs,
} from './dto/account.args';
import { LogInInput } from './dto/log-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { Viewer } from './models/viewer.model';
import { RateLimit, RateLimitGuard } from './rate-limit.guard';
import { clearSessionCookie, writeSessionCookie } from './session-cookie';
import { SignedInGuard } from './viewer.guards';
import type { RequestSession, ViewerContext } from './viewer-context';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver(() => Viewer)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The signed-in user; null when anonymous' })
  viewer(@CurrentViewer() viewer: ViewerContext): Promise<Viewer | null> {
    return viewer ? this.accounts.viewer(viewer.userId) : Promise.resolve(null);
  }

  @Mutation(() => Viewer, {
    description:
      'Creates an account and mails a verification link (in its locale). Does not sign in.',
  })
  @UseGuards(RateLimitGuard)
  @RateLimit('signUp')
  signUp(@Args('input') input: SignUpInput): Promise<Viewer> {
    return this.accounts.signUp(input);
  }

  @Mutation(() => Boolean, { description: 'Confirms the email address with the mailed token' })
  async verifyEmail(@Args() { token }: VerifyEmailArgs): Promise<boolean> {
    await this.accounts.verifyEmail(token);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Mails a new verification link to the signed-in user' })
  @UseGuards(SignedInGuard, RateLimitGuard)
  @RateLimit('resendVerification')
  async resendVerification(@CurrentSession() session: RequestSession): Promise<boolean> {
    await this.accounts.resendVerification(session.userId);
    return true;
  }

  @Mutation(() => Viewer, { description: 'Signs in and sets the httpOnly session cookie' })
  @UseGuards(RateLimitGuard)
  @RateLimit('logIn')
  async logIn(
    @Args('input') input: LogInInput,
    @CurrentSession() current: RequestSession | null,
    @Context() { req, res }: HttpContext,
  ): Promise<Viewer> {
    const { viewer, session } = await this.accounts.logIn(input, {
      userAgent: req.get('user-agent'),
      previousSessionId: current?.sessionId,
    });
    writeSessionCookie(res, session.token, session.expiresAt, this.options.secureCookies);
    return viewer;
  }

  @Mutation(() => Boolean, { description: 'Ends the session and clears its cookie' })
  async logOut(
    @CurrentSession() current: RequestSession | null,
    @Context() { res }: HttpContext,
  ): Promise<boolean> {
    await this.accounts.logOut(current?.sessionId);
    clearSessionCookie(res, this.options.secureCookies);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a password reset link if an account has this email. Always true: it does not reveal whether one does.',
  })
  @UseGuards(RateLimitGuard)
  @RateLimit('passwordReset')
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs): Promise<boolean> {
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the mailed token; signs the user out everywhere',
  })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs): Promise<boolean> {
    await this.accounts.resetPassword(token, newPassword);
    return true;
  }

  @Mutation(() => Viewer, { description: "Changes the signed-in user's language" })
  @UseGuards(SignedInGuard)
  changeLocale(
    @CurrentSession() session: RequestSession,
    @Args() { locale }: ChangeLocaleArgs,
  ): Promise<Viewer> {
    return this.accounts.changeLocale(session.userId, locale);
  }
}
