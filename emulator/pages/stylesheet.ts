import type { Router } from '../http/router.js';
import { sendText } from '../http/responses.js';

/**
 * Path of the stylesheet every page links to (device login, authorize, admin consent); served
 * from the emulator so the CSP can forbid inline styles.
 */
export const STYLESHEET_PATH = '/devicelogin/styles.css';

/** Registers `GET` of {@link STYLESHEET_PATH}. */
export function addStylesheetRoute(router: Router): void {
  router.add('GET', STYLESHEET_PATH, (http) =>
    sendText(http.res, 200, 'text/css; charset=utf-8', STYLESHEET, { 'cache-control': 'no-cache' }),
  );
}

/** Styles loosely following the Microsoft sign-in page look. */
const STYLESHEET = `
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; align-items: center;
  justify-content: center; background: #f2f2f2; color: #1b1b1b;
  font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; }
.card { width: 440px; max-width: calc(100vw - 32px); background: #fff; padding: 44px;
  box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.brand { display: flex; align-items: center; gap: 8px; font-size: 15px; color: #5e5e5e; margin-bottom: 16px; }
.logo { width: 21px; height: 21px; background:
  linear-gradient(90deg, #f25022 0 10px, transparent 10px 11px, #7fba00 11px) top / 21px 10px no-repeat,
  linear-gradient(90deg, #00a4ef 0 10px, transparent 10px 11px, #ffb900 11px) bottom / 21px 10px no-repeat; }
h1 { font-size: 24px; font-weight: 600; margin: 0 0 12px; }
p { font-size: 15px; line-height: 1.4; margin: 0 0 12px; }
label { display: block; font-size: 13px; color: #5e5e5e; margin-top: 12px; }
input[type=text], input[type=password] { width: 100%; font: inherit; font-size: 15px; padding: 6px 0;
  border: 0; border-bottom: 1px solid #666; outline: none; }
input[type=text]:focus, input[type=password]:focus { border-bottom-color: #0067b8; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 24px; }
button { font: inherit; font-size: 15px; min-width: 108px; padding: 6px 12px; border: 0; cursor: pointer;
  background: #0067b8; color: #fff; }
button.secondary { background: #ccc; color: #1b1b1b; }
.error { color: #e81123; font-size: 15px; margin: 8px 0; }
.account { font-size: 15px; color: #1b1b1b; margin-bottom: 12px; }
ul.permissions { padding-left: 20px; font-size: 15px; line-height: 1.6; }
.muted { color: #5e5e5e; font-size: 13px; }
footer { margin-top: 16px; font-size: 12px; color: #5e5e5e; }
`;
