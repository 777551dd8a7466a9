/**
 * The file saver port in the app: Electron's save dialog over the main window, then the bytes
 * written to the path the person picked, readable by them alone (mode 0600). Used only for a
 * certificate the person asked to export.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { FileSaver } from '../core/ports';

export function saveFileDialog(window: () => BrowserWindow | undefined): FileSaver {
  return {
    async save({ suggestedName, filters, data }) {
      const options = { defaultPath: suggestedName, filters };
      const owner = window();
      const picked = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return { saved: false };
      await writeFile(picked.filePath, data, { mode: 0o600 });
      return { saved: true, fileName: basename(picked.filePath) };
    },
  };
}
