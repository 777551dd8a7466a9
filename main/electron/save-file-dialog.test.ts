import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialog } from './stand-in/dialog-stand-in';
import { saveFileDialog } from './save-file-dialog';

describe('the save dialog behind certificate export', () => {
  it('writes to the path the person picked, for them alone, and nothing on Cancel', async () => {
    const saver = saveFileDialog(() => undefined);
    const request = {
      suggestedName: 'm365-desk-app.pfx',
      filters: [{ name: 'PKCS#12 certificate', extensions: ['pfx'] }],
      data: Buffer.from('pfx bytes'),
    };
    dialog.nextSavePath = undefined;
    expect(await saver.save(request)).toEqual({ saved: false });

    const path = join(mkdtempSync(join(tmpdir(), 'save-')), 'exported.pfx');
    dialog.nextSavePath = path;
    expect(await saver.save(request)).toEqual({ saved: true, fileName: 'exported.pfx' });
    expect(readFileSync(path, 'utf8')).toBe('pfx bytes');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(dialog.asked.at(-1)).toMatchObject({ defaultPath: 'm365-desk-app.pfx' });
  });
});
