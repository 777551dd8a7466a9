/**
 * electron-builder's afterPack hook: flips the fuses of fuses.ts in the packed Electron binary.
 * afterPack runs once the app is in place and before electron-builder signs it, which is when
 * fuses must be flipped (flipping changes the binary, so it would break a signature).
 */
import { join } from 'node:path';
import { flipFuses, FuseVersion } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { fuseWire } from './fuses';

/** The part of electron-builder's AfterPackContext this hook reads. */
export type PackedApp = Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'arch'> & {
  packager: {
    appInfo: { productFilename: string };
    /** Set on Linux only, where the binary is named after the package, not the product. */
    executableName?: string;
  };
};

/**
 * Where the packed binary holding the fuse wire is: `M365 Desk.app` (whose framework
 * @electron/fuses finds), `M365 Desk.exe`, or on Linux the lower-case `m365-desk`.
 */
export function packedElectronBinary({ appOutDir, electronPlatformName, packager }: PackedApp) {
  const product = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${product}.app`);
    case 'win32':
      return join(appOutDir, `${product}.exe`);
    case 'linux':
      if (!packager.executableName) throw new Error('Linux packager without an executableName');
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`No fuses for platform ${electronPlatformName}: add where its binary is`);
  }
}

export default async function applyFuses(context: PackedApp): Promise<void> {
  const binary = packedElectronBinary(context);
  await flipFuses(binary, {
    version: FuseVersion.V1,
    // Flipping invalidates the ad-hoc signature Apple Silicon requires; re-sign ad hoc there.
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && context.arch === Arch.arm64,
    // A fuse a newer Electron adds, and this table does not decide, fails the build.
    strictlyRequireAllFuses: true,
    ...fuseWire(),
  });
  console.log(`  • fuses flipped in ${binary}`);
}
