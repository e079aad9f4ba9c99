import type { Actor, CityRole } from '@citybridge/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Language } from '../common/messages.js';

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  isResearcher: boolean;
  isDemo: boolean;
  emailConfirmed: boolean;
  createdAt: Date;
  sessionId: string;
  /** Loaded with the session, in the shape of CityMembership, so `me { memberships }` costs nothing more. */
  memberships: { id: string; cityId: number; cityCode: string; role: CityRole; userId: string; createdAt: Date }[];
}

export function actorOf(user: SignedInUser | null): Actor | null {
  if (!user) return null;
  return {
    userId: user.id,
    isPlatformAdmin: user.isPlatformAdmin,
    isResearcher: user.isResearcher,
    memberships: user.memberships.map((m) => ({ cityId: m.cityCode, role: m.role })),
  };
}

/** Who is calling, looked up from the session cookie once per request, on first use. */
export class RequestAuth {
  private loaded?: Promise<SignedInUser | null>;

  constructor(
    private readonly load: () => Promise<SignedInUser | null>,
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly language: Language,
  ) {}

  user(): Promise<SignedInUser | null> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  async actor(): Promise<Actor | null> {
    return actorOf(await this.user());
  }

  /** After sign-in, sign-out or a membership change, later fields of the same request see the new state. */
  reload(load?: () => Promise<SignedInUser | null>): void {
    this.loaded = (load ?? this.load)();
  }

  get userAgent(): string | null {
    return this.req.headers['user-agent']?.slice(0, 300) ?? null;
  }
}
