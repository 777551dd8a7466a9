/** Runs before every renderer test that renders into jsdom (`*.test.tsx`). */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout, so nothing ever resizes; Fluent's MessageBar still asks to be told.
class StillResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= StillResizeObserver;
// Nor does it scroll; the wizard brings its steps and "Check my app" into view.
Element.prototype.scrollTo ??= () => {};
Element.prototype.scrollIntoView ??= () => {};

// Without vitest's globals, Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  delete (window as { desk?: unknown }).desk;
});
