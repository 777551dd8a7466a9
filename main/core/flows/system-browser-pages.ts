/** The pages MSAL's loopback server shows in the person's browser when a sign-in ends. */
const page = (title: string, text: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} – M365 Desk</title>
<style>body{font:16px/1.5 "Segoe UI",system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f5f5f5;color:#242424}
main{background:#fff;padding:32px 40px;border-radius:8px;box-shadow:0 2px 8px rgba(0,0,0,.12);max-width:28rem}
h1{font-size:20px;margin:0 0 8px}</style></head>
<body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

export const signedInPage = page(
  'You are signed in',
  'Go back to M365 Desk to continue. You can close this tab.',
);

export const signInFailedPage = page(
  'Sign-in did not finish',
  'Go back to M365 Desk: it shows what happened and what to do next. You can close this tab.',
);
