import type { Actor } from '@citybridge/domain';
import { Injectable } from '@nestjs/common';

/**
 * What a domain that points at files says about one of them when it is asked for: `true` when the
 * viewer may read it there, `false` when the domain uses the file but the viewer may not see where,
 * `null` when the domain does not use the file at all.
 */
export interface UploadAccessRule {
  mayRead(actor: Actor | null, uploadId: string): Promise<boolean | null>;
}

/**
 * Who may read a file is decided by the domains that use it (a practice's attachment is as visible as
 * the practice), so they register a rule here at start; uploads knows none of them (no import of theirs).
 */
@Injectable()
export class UploadAccess {
  private readonly rules: UploadAccessRule[] = [];

  register(rule: UploadAccessRule): void {
    this.rules.push(rule);
  }

  /**
   * A file used somewhere is readable when some use of it is visible to the viewer; a file not used
   * anywhere yet only by its uploader and platform admins.
   */
  async mayRead(actor: Actor | null, file: { id: string; uploaderId: string }): Promise<boolean> {
    let used = false;
    for (const rule of this.rules) {
      const answer = await rule.mayRead(actor, file.id);
      if (answer) return true;
      if (answer === false) used = true;
    }
    if (used) return false;
    return actor !== null && (actor.userId === file.uploaderId || actor.isPlatformAdmin);
  }
}
