import { Injectable } from '@nestjs/common';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/**
 * argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane). Stored hashes carry their
 * parameters, so raising these later rehashes each password at its next log-in.
 */
export const ARGON2_OPTIONS = {
  type: argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  /** Whether `password` matches `passwordHash`; false for a malformed hash. */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of one verification on nothing, so that an unknown email takes as long
   * to refuse as a wrong password.
   */
  async verifyDummy(password: string): Promise<void> {
    this.dummy ??= this.hash('no account has this password: dummy');
    await this.verify(await this.dummy, password);
  }

  needsRehash(passwordHash: string): boolean {
    try {
      return needsRehash(passwordHash, ARGON2_OPTIONS);
    } catch {
      return true;
    }
  }
}
