import { randomBytes } from 'node:crypto';
import { findUserById, findUserByUpn } from '../directory/users.js';
import type { User } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import { readForm } from '../http/request-body.js';
import type { RequestContext, Router } from '../http/router.js';
import { aadstsCodes } from '../identity/aadsts-errors.js';
import { sendPage } from './page-layout.js';
import { signInPage } from './page-templates.js';

const FLOW_LIFETIME_MS = 15 * 60_000;

/**
 * Server-side state of browsers walking through sign-in pages. The browser only carries an
 * unguessable flow id; who signed in is kept here and trusted by nothing else.
 */
export class SignInFlows<T extends { userId?: string }> {
  private readonly flows = new Map<string, { state: T; expiresAt: number }>();

  /** Starts a flow and returns its id. */
  start(state: T): string {
    const now = Date.now();
    for (const [id, flow] of this.flows) if (flow.expiresAt <= now) this.flows.delete(id);
    const id = randomBytes(24).toString('base64url');
    this.flows.set(id, { state, expiresAt: now + FLOW_LIFETIME_MS });
    return id;
  }

  /** The live flow a posted form names, with its id; undefined if unknown or expired. */
  take(form: URLSearchParams): { id: string; state: T } | undefined {
    const id = form.get('flow') ?? '';
    const flow = this.flows.get(id);
    return flow && flow.expiresAt > Date.now() ? { id, state: flow.state } : undefined;
  }

  /** Ends a flow (its pages can no longer be posted). */
  end(id: string): void {
    this.flows.delete(id);
  }

  /**
   * Registers the POST of a sign-in page at `action`: a wrong password shows the page again
   * with AADSTS50126; a right one is remembered on the flow and handed to `next`.
   */
  onPassword(
    router: Router,
    ctx: EmulatorContext,
    action: string,
    expired: (http: RequestContext) => void,
    next: (http: RequestContext, flow: { id: string; state: T }, user: User) => unknown,
  ): void {
    router.add('POST', action, async (http) => {
      const form = await readForm(http.req);
      const flow = this.take(form);
      if (!flow) return expired(http);
      const checked = checkPassword(ctx, form);
      if (!checked.ok)
        return sendPage(http, signInPage(flow.id, checked.error, checked.email, action), 400);
      flow.state.userId = checked.user.id;
      await next(http, flow, checked.user);
    });
  }

  /**
   * Registers the POST of a consent page at `action` for a flow whose user signed in; `next`
   * learns whether they accepted.
   */
  onConsent(
    router: Router,
    ctx: EmulatorContext,
    action: string,
    expired: (http: RequestContext) => void,
    next: (
      http: RequestContext,
      flow: { id: string; state: T },
      user: User,
      accepted: boolean,
    ) => unknown,
  ): void {
    router.add('POST', action, async (http) => {
      const form = await readForm(http.req);
      const flow = this.take(form);
      const userId = flow?.state.userId;
      const user = userId ? findUserById(ctx.directory.users, userId) : undefined;
      if (!flow || !user) return expired(http);
      await next(http, flow, user, form.get('action') === 'accept');
    });
  }
}

/** Result of a posted sign-in form. */
export type PasswordCheck = { ok: true; user: User } | { ok: false; email: string; error: string };

/**
 * Checks the email and password of a posted sign-in form. Entra answers a wrong password and
 * an unknown account alike (AADSTS50126), so the page does not reveal which accounts exist.
 */
export function checkPassword(ctx: EmulatorContext, form: URLSearchParams): PasswordCheck {
  const email = (form.get('email') ?? '').trim();
  const user = findUserByUpn(ctx.directory.users, email);
  if (user && user.password === (form.get('password') ?? '')) return { ok: true, user };
  return { ok: false, email, error: `AADSTS50126: ${aadstsCodes[50126].message}` };
}
