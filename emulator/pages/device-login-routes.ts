import { aadstsCodes } from '../identity/aadsts-errors.js';
import {
  approveDeviceCode,
  declineDeviceCode,
  describeRequestedPermissions,
  findPendingDeviceCode,
} from '../identity/device-approval.js';
import type { DeviceCodeProblem } from '../identity/device-approval.js';
import { findUserById } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { readForm } from '../http/request-body.js';
import { sendPage } from './page-layout.js';
import { describeScopes, planUserConsent } from '../identity/user-consent.js';
import {
  adminApprovalPage,
  confirmSignInPage,
  consentPage,
  enterCodePage,
  messagePage,
  signInPage,
  signedInPage,
} from './page-templates.js';
import { SignInFlows, checkPassword } from './sign-in-flows.js';

/** One browser's way through the device login pages. */
interface LoginFlow {
  userCode: string;
  /** Set only after a correct password; the consent step trusts nothing else. */
  userId?: string;
}

const codeProblemText: Record<DeviceCodeProblem, string> = {
  unknown_code: "That code didn't work. Check the code and try again.",
  expired_code: `AADSTS70019: ${aadstsCodes[70019].message} Start the sign-in again on your device to get a new code.`,
  already_used:
    'That code has already been used. Start the sign-in again on your device to get a new code.',
};

/**
 * Registers the `/devicelogin` pages: code → sign in → consent (or "Need admin approval", or
 * only a confirmation when nothing needs consent) → done. Plain HTML forms; the only thing the
 * browser carries is an unguessable flow id, and who signed in is kept here.
 */
export function addDeviceLoginRoutes(router: Router, ctx: EmulatorContext): void {
  const flows = new SignInFlows<LoginFlow>();
  const page = sendPage;
  const adminApproval = (
    flowId: string,
    app: string,
    upn: string,
    scope: string,
    needs: string[],
  ) =>
    adminApprovalPage(flowId, app, upn, describeScopes(ctx, scope, needs), '/devicelogin/consent');

  router.add('GET', '/devicelogin', (http) =>
    page(http, enterCodePage(undefined, http.url.searchParams.get('otc') ?? '')),
  );

  router.add('POST', '/devicelogin', async (http) => {
    const code = ((await readForm(http.req)).get('code') ?? '').trim();
    const found = findPendingDeviceCode(ctx, code);
    if ('problem' in found)
      return page(http, enterCodePage(codeProblemText[found.problem], code), 400);
    page(http, signInPage(flows.start({ userCode: found.entry.userCode })));
  });

  router.add('POST', '/devicelogin/signin', async (http) => {
    const form = await readForm(http.req);
    const taken = flows.take(form);
    if (!taken)
      return page(http, enterCodePage('Your sign-in session expired. Enter the code again.'), 400);
    const { id: flowId, state: flow } = taken;
    const checked = checkPassword(ctx, form);
    if (!checked.ok) return page(http, signInPage(flowId, checked.error, checked.email), 400);
    const { user } = checked;
    const found = findPendingDeviceCode(ctx, flow.userCode);
    if ('problem' in found) return page(http, enterCodePage(codeProblemText[found.problem]), 400);
    flow.userId = user.id;
    const { app, entry } = found;
    const upn = user.userPrincipalName;
    // As Entra: what only an admin may grant stops here, before any Accept; with nothing to
    // consent to (pre-authorized, or granted before) the person only confirms the sign-in.
    const plan = planUserConsent(ctx, app, user, entry.scope);
    if (plan.needsAdmin.length > 0)
      return page(http, adminApproval(flowId, app.displayName, upn, entry.scope, plan.needsAdmin));
    if (plan.grantable.length === 0)
      return page(http, confirmSignInPage(flowId, app.displayName, upn));
    const permissions = describeRequestedPermissions(ctx, entry, app);
    page(http, consentPage(flowId, app.displayName, upn, permissions));
  });

  router.add('POST', '/devicelogin/consent', async (http) => {
    const form = await readForm(http.req);
    const taken = flows.take(form);
    const userId = taken?.state.userId;
    const user = userId ? findUserById(ctx.directory.users, userId) : undefined;
    if (!taken || !user)
      return page(http, enterCodePage('Your sign-in session expired. Enter the code again.'), 400);
    const flow = taken.state;
    const found = findPendingDeviceCode(ctx, flow.userCode);
    if ('problem' in found) return page(http, enterCodePage(codeProblemText[found.problem]), 400);
    const appName = found.app.displayName;

    if (form.get('action') !== 'accept') {
      flows.end(taken.id);
      declineDeviceCode(ctx, flow.userCode);
      return page(
        http,
        messagePage(
          appName,
          `You declined to sign in to ${appName} on your device. You may now close this window.`,
        ),
      );
    }
    const result = approveDeviceCode(ctx, flow.userCode, user);
    // An Accept posted past "Need admin approval" grants nothing; the way back stays open.
    if (!result.ok && result.problem === 'admin_consent_required') {
      const upn = user.userPrincipalName;
      return page(
        http,
        adminApproval(taken.id, appName, upn, found.entry.scope, result.scopes),
        403,
      );
    }
    flows.end(taken.id);
    if (result.ok) return page(http, signedInPage(appName));
    page(http, enterCodePage(codeProblemText[result.problem]), 400);
  });
}
