/**
 * Where `npm run preview` can show its window. Without a display (a server, a container, CI)
 * it still runs, under xvfb-run, but nobody can see that window: it says so before it starts
 * and names what does work there.
 */
export interface DisplayFacts {
  platform: NodeJS.Platform;
  display?: string;
  waylandDisplay?: string;
  /** Set by the preview when it re-runs itself under xvfb-run. */
  underXvfb?: string;
}

export type DisplayPlan = { run: 'here' } | { run: 'under-xvfb'; notice: string };

export function previewDisplayPlan(facts: DisplayFacts): DisplayPlan {
  const needsX = facts.platform === 'linux';
  if (!needsX || facts.display || facts.waylandDisplay || facts.underXvfb) return { run: 'here' };
  return {
    run: 'under-xvfb',
    notice: [
      'No display on this machine (DISPLAY is not set), so the preview runs under xvfb-run:',
      'a virtual screen nobody can see. It works (the sandbox, the core, the UI), but you will',
      'not see its window.',
      'What works here instead:',
      '  npm run screenshots -- <folder>   every screen, light and dark, as PNG files to open',
      '  npm run test:e2e                  every flow, driven in a headless browser',
      'To use the preview, run it on a machine with a desktop, or over ssh -X.',
    ].join('\n'),
  };
}
