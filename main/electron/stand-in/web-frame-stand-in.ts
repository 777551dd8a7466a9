/**
 * `WebFrameMain`: the frame an IPC message came from. A test makes the main frame, a subframe,
 * another origin or a destroyed frame, and the shell's sender check must tell them apart.
 */
import type { WebFrameMain } from 'electron';

export class WebFrameStandIn implements Pick<WebFrameMain, 'url' | 'origin' | 'isDestroyed'> {
  private destroyed = false;
  readonly frames: WebFrameStandIn[] = [];

  constructor(
    public url: string,
    readonly parent: WebFrameStandIn | null = null,
  ) {
    parent?.frames.push(this);
  }

  get origin(): string {
    try {
      return new URL(this.url).origin;
    } catch {
      return 'null';
    }
  }

  get top(): WebFrameStandIn {
    return this.parent ? this.parent.top : this;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }
}
