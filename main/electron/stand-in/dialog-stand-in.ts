/** `dialog`: answers a save dialog with the path a test chose (or a cancel); nothing is shown. */
import type { Dialog, SaveDialogOptions, SaveDialogReturnValue } from 'electron';

export class DialogStandIn implements Pick<Dialog, 'showSaveDialog'> {
  /** What the next save dialog answers: a path, or undefined for Cancel. */
  nextSavePath: string | undefined;
  readonly asked: SaveDialogOptions[] = [];

  // Electron's overloads: (options) or (window, options).
  async showSaveDialog(...args: unknown[]): Promise<SaveDialogReturnValue> {
    this.asked.push(args[args.length - 1] as SaveDialogOptions);
    const filePath = this.nextSavePath;
    return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
  }
}

export const dialog = new DialogStandIn();
