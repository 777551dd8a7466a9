import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK } from 'jose';
import type { JWK, JSONWebKeySet } from 'jose';
import { readJsonFile, writeJsonFileAtomic } from '../store/json-file.js';

/** The emulator's token signing key: RS256, as Entra signs its tokens. */
export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

const FILE_NAME = 'signing-key.json';

/** Loads the persisted signing key from `dataDir`, generating it (mode 0600) on first start. */
export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const file = join(dataDir, FILE_NAME);
  let privateJwk = readJsonFile<JWK>(file);
  if (!privateJwk) {
    const { privateKey } = await generateKeyPair('RS256', {
      modulusLength: 2048,
      extractable: true,
    });
    const jwk = await exportJWK(privateKey);
    // The thumbprint is stable for the key, so the kid survives restarts without extra state.
    privateJwk = { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
    writeJsonFileAtomic(file, privateJwk, 0o600);
  }
  const kid = privateJwk.kid;
  if (!kid) throw new Error(`${file} has no kid`);
  const privateKey = (await importJWK(privateJwk, 'RS256')) as CryptoKey;
  const { kty, n, e } = privateJwk;
  return { kid, privateKey, publicJwk: { kty, n, e, kid, use: 'sig', alg: 'RS256' } };
}

/** The JWKS document served at `/{tenant}/discovery/v2.0/keys`. */
export function jwksDocument(key: SigningKey): JSONWebKeySet {
  return { keys: [key.publicJwk] };
}
