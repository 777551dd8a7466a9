import { randomBytes } from 'node:crypto';

/** Where a device code is in its life. */
export type DeviceCodeStatus = 'pending' | 'approved' | 'declined' | 'redeemed';

/** A device authorization request (RFC 8628) in progress. */
export interface DeviceCodeEntry {
  deviceCode: string;
  userCode: string;
  clientId: string;
  tenantId: string;
  /** The `scope` parameter exactly as the client sent it. */
  scope: string;
  expiresAt: number;
  status: DeviceCodeStatus;
  /** Object id of the user who approved, set on approval. */
  userId?: string;
}

/** Entra's device code lifetime: 15 minutes. */
export const DEVICE_CODE_LIFETIME_SECONDS = 900;

// Entra's user codes are nine upper-case letters and digits, no dash (`F3K9QW2ZB`). Leaving out
// look-alikes (0/O, 1/I) keeps them easy to read off one screen and type into another; 32
// symbols, so a random byte maps onto one without bias.
const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const USER_CODE_LENGTH = 9;

/**
 * In-memory device codes. They live 15 minutes, so unlike refresh tokens they need not
 * survive a restart.
 */
export class DeviceCodes {
  private readonly byDeviceCode = new Map<string, DeviceCodeEntry>();

  /** Starts a new device authorization. */
  create(clientId: string, tenantId: string, scope: string): DeviceCodeEntry {
    const entry: DeviceCodeEntry = {
      deviceCode: `DAQABIQEAAAEMU${randomBytes(48).toString('base64url')}`,
      userCode: newUserCode(),
      clientId,
      tenantId,
      scope,
      expiresAt: Date.now() + DEVICE_CODE_LIFETIME_SECONDS * 1000,
      status: 'pending',
    };
    this.byDeviceCode.set(entry.deviceCode, entry);
    return entry;
  }

  /** Finds by the secret device code the client polls with. */
  byDevice(deviceCode: string): DeviceCodeEntry | undefined {
    return this.byDeviceCode.get(deviceCode);
  }

  /** Finds by the code a person types; tolerant of case, spaces and dashes. */
  byUser(userCode: string): DeviceCodeEntry | undefined {
    const wanted = normalizeUserCode(userCode);
    for (const entry of this.byDeviceCode.values()) {
      if (normalizeUserCode(entry.userCode) === wanted) return entry;
    }
    return undefined;
  }

  /** Ends a code early: `expire` as if its 15 minutes were up, `forget` as if never issued. */
  end(userCode: string, how: 'expire' | 'forget'): boolean {
    const entry = this.byUser(userCode);
    if (!entry) return false;
    if (how === 'forget') this.byDeviceCode.delete(entry.deviceCode);
    else entry.expiresAt = Date.now();
    return true;
  }

  /** True when the code is past its lifetime. */
  static isExpired(entry: DeviceCodeEntry): boolean {
    return Date.now() >= entry.expiresAt;
  }
}

function newUserCode(): string {
  return [...randomBytes(USER_CODE_LENGTH)]
    .map((b) => USER_CODE_ALPHABET[b % USER_CODE_ALPHABET.length])
    .join('');
}

function normalizeUserCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
