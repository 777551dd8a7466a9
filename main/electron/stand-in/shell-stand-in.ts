/** `shell`: records what the app asked the system to open; nothing is opened. */
import type { Shell } from 'electron';

export class ShellStandIn implements Pick<Shell, 'openExternal' | 'openPath'> {
  readonly openedExternal: string[] = [];
  readonly openedPaths: string[] = [];

  async openExternal(url: string): Promise<void> {
    this.openedExternal.push(url);
  }

  async openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return '';
  }
}

export const shell = new ShellStandIn();
