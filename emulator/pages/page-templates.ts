import { aadstsCodes } from '../identity/aadsts-errors.js';
import { escapeHtml, renderPage } from './page-layout.js';

/** A form posting the flow id to `action`, one submit button per `[value, label, secondary?]`. */
function choiceForm(flowId: string, action: string, buttons: [string, string, boolean?][]): string {
  const html = buttons
    .map(
      ([value, label, secondary]) =>
        `<button type="submit" name="action" value="${value}"${secondary ? ' class="secondary"' : ''}>${escapeHtml(label)}</button>`,
    )
    .join('\n');
  return `<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="flow" value="${escapeHtml(flowId)}">
<div class="actions">
${html}
</div>
</form>`;
}

function errorLine(error: string | undefined): string {
  return error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
}

/** Device login, step 1: enter the code shown on the device. */
export function enterCodePage(error?: string, code = ''): string {
  return renderPage(
    'Enter code',
    `<h1>Enter code</h1>
<p>Enter the code displayed on your app or device.</p>
${errorLine(error)}
<form method="post" action="/devicelogin">
<label for="code">Code</label>
<input type="text" id="code" name="code" value="${escapeHtml(code)}" autocomplete="off" autofocus required>
<div class="actions"><button type="submit">Next</button></div>
</form>`,
  );
}

/**
 * Sign in as a sandbox user: device login step 2; the authorize and admin consent pages post it
 * to their own `action`.
 */
export function signInPage(
  flowId: string,
  error?: string,
  email = '',
  action = '/devicelogin/signin',
): string {
  return renderPage(
    'Sign in',
    `<h1>Sign in</h1>
<p>Sign in with a sandbox account to continue.</p>
${errorLine(error)}
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="flow" value="${escapeHtml(flowId)}">
<label for="email">Email</label>
<input type="text" id="email" name="email" value="${escapeHtml(email)}" autocomplete="username" autofocus required>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<div class="actions"><button type="submit">Sign in</button></div>
</form>`,
  );
}

/**
 * The permissions the app asks for, in plain words: device login step 3, and the consent step of
 * the authorize and admin consent pages (`forOrganization`: consent for the whole tenant).
 */
export function consentPage(
  flowId: string,
  appName: string,
  upn: string,
  permissions: string[],
  action = '/devicelogin/consent',
  forOrganization = false,
): string {
  const items = permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join('\n');
  const title = forOrganization
    ? 'Permissions requested: accept for your organization'
    : 'Permissions requested';
  const meaning = forOrganization
    ? 'If you accept, this app will get access to the specified resources for all users in your organization. No one else will be prompted to review these permissions.'
    : 'Accepting these permissions means that you allow this app to use your data as specified. You can change these permissions later.';
  return renderPage(
    title,
    `<div class="account">${escapeHtml(upn)}</div>
<h1>${escapeHtml(title)}</h1>
<p><strong>${escapeHtml(appName)}</strong></p>
<p>This app would like to:</p>
<ul class="permissions">
${items}
</ul>
<p class="muted">${escapeHtml(meaning)}</p>
${choiceForm(flowId, action, [
  ['cancel', 'Cancel', true],
  ['accept', 'Accept'],
])}`,
  );
}

/** Device login, step 4: done; the device will pick up its tokens on its next poll. */
export function signedInPage(appName: string): string {
  return renderPage(
    appName,
    `<h1>${escapeHtml(appName)}</h1>
<p>You have signed in to ${escapeHtml(appName)} on your device. You may now close this window.</p>`,
  );
}

/**
 * Conditional Access's interrupt page ("You can't get there from here"): Entra names the code only
 * in its troubleshooting details, never as an "AADSTS…:" line.
 */
export function conditionalAccessPage(
  code: number,
  appName: string,
  correlationId: string,
): string {
  return renderPage(
    'You can’t get there from here',
    `<h1>You can’t get there from here</h1>
<p>This application contains sensitive information and can only be accessed from devices or client applications that meet your organisation’s management compliance policy.</p>
<h2>Troubleshooting details</h2>
<div>Error Code: ${code}</div>
<div>Correlation Id: ${escapeHtml(correlationId)}</div>
<div>App name: ${escapeHtml(appName)}</div>
<div>Device state: Unregistered</div>`,
  );
}

/** Final page for a flow that ended without tokens (declined, admin approval needed, ...). */
export function messagePage(title: string, message: string): string {
  return renderPage(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

/**
 * Device login after the password when nothing needs consent (a pre-authorized first-party app,
 * or one already consented to): Entra only asks whether the person meant to sign in there, the
 * guard against someone else's code.
 */
export function confirmSignInPage(flowId: string, appName: string, upn: string): string {
  const title = `Are you trying to sign in to ${appName}?`;
  return renderPage(
    title,
    `<div class="account">${escapeHtml(upn)}</div>
<h1>${escapeHtml(title)}</h1>
<p class="muted">Only continue if you downloaded the app from a store or website that you trust.</p>
${choiceForm(flowId, '/devicelogin/consent', [
  ['cancel', 'Cancel', true],
  ['accept', 'Continue'],
])}`,
  );
}

/**
 * What a person who may not consent sees, before any Accept: the permissions, that only an
 * admin can grant them, and a way back to the app that grants nothing.
 */
export function adminApprovalPage(
  flowId: string,
  appName: string,
  upn: string,
  permissions: string[],
  action: string,
): string {
  const items = permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join('\n');
  return renderPage(
    'Need admin approval',
    `<div class="account">${escapeHtml(upn)}</div>
<h1>Need admin approval</h1>
<p><strong>${escapeHtml(appName)}</strong> needs permission to access resources in your organization that only an admin can grant. Ask an admin to grant permission to this app before you can use it.</p>
<ul class="permissions">
${items}
</ul>
<p class="muted">AADSTS90094: ${escapeHtml(aadstsCodes[90094].message)}</p>
${choiceForm(flowId, action, [['cancel', 'Return to the app without granting consent', true]])}`,
  );
}
