import { findUserByUpn } from '../directory/users.js';
import type { EmulatorContext } from '../emulator-context.js';
import type { Router } from '../http/router.js';
import { readJsonObject } from '../http/request-body.js';
import { sendJson } from '../http/responses.js';
import { approveDeviceCode } from '../identity/device-approval.js';

const problemStatus = {
  unknown_code: 404,
  expired_code: 400,
  already_used: 409,
  admin_consent_required: 403,
} as const;

/**
 * Registers `POST /_emulator/device/approve` so tests and scripts can complete a device code
 * sign-in without driving the browser pages.
 */
export function addApprovalRoute(router: Router, ctx: EmulatorContext): void {
  router.add('POST', '/_emulator/device/approve', async (http) => {
    const body = await readJsonObject(http.req);
    const userCode = typeof body.user_code === 'string' ? body.user_code : '';
    const upn = typeof body.upn === 'string' ? body.upn : '';
    const user = findUserByUpn(ctx.directory.users, upn);
    if (!user) {
      sendJson(http.res, 404, { error: 'unknown_user', message: `No sandbox user '${upn}'.` });
      return;
    }
    const result = approveDeviceCode(ctx, userCode, user);
    if (result.ok) {
      sendJson(http.res, 200, { approved: true });
      return;
    }
    sendJson(http.res, problemStatus[result.problem], {
      error: result.problem,
      message: `Device code '${userCode}' cannot be approved: ${result.problem.replaceAll('_', ' ')}.`,
      ...(result.problem === 'admin_consent_required'
        ? { error_codes: [90094], scopes: result.scopes }
        : {}),
    });
  });
}
