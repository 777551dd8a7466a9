/**
 * Checklist item 16, current Electron: the version is pinned exactly and the lock file agrees,
 * and the suite runs on the Node.js major that this Electron embeds. Electron declares that
 * major itself: its package depends on the `@types/node` of the Node it ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(REPO, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version: string; dependencies?: Record<string, string> }>;
};
const lockedElectron = lock.packages['node_modules/electron']!;

/** The Node.js major the locked Electron embeds, from its own `@types/node` range. */
const embeddedNodeMajor = Number(/(\d+)/.exec(lockedElectron.dependencies!['@types/node']!)![1]);

describe('Electron', () => {
  it('is pinned to one exact 45.x release, and the lock file holds that release', () => {
    const pinned = pkg.devDependencies.electron!;
    expect(pinned).toMatch(/^45\.\d+\.\d+$/);
    expect(lockedElectron.version).toBe(pinned);
    // electron-builder needs Electron as a devDependency, never a dependency of the app.
    expect(pkg.dependencies.electron).toBeUndefined();
  });

  it('embeds a Node.js major the suite is set to run on (engines, @types/node, CI, README)', () => {
    expect(embeddedNodeMajor).toBeGreaterThanOrEqual(22);
    const major = embeddedNodeMajor;
    expect(pkg.engines.node).toMatch(new RegExp(`^>=${major}\\.\\d+(\\.\\d+)? <${major + 1}$`));
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^${major}\\.`));
    // CI installs the major engines.node names when the machine's own Node is another.
    expect(read('.ci/run')).toMatch(/engines\.node[\s\S]*node@\$shipped_major/);
    expect(read('README.md')).toContain(`Node.js ${major}`);
  });
});
