/** Runs before every renderer test that renders into jsdom (`*.test.tsx`). */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without vitest's globals, Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  delete (window as { desk?: unknown }).desk;
});
