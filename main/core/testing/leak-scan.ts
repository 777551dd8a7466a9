/**
 * TEST ONLY. Looks for secrets where none may be: in what crossed the bridge and in the store
 * directory, read raw and decoded the way an attacker would (every JSON string value, every
 * base64 run decoded, nested), so a store whose "encryption" is only base64 or a JSON wrapper
 * is caught, not just one that writes the plain text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One secret to look for, and the byte strings that give it away. */
export interface Secret {
  /** What it is, for the report (never the value). */
  label: string;
  needles: Buffer[];
}

export interface Haystack {
  /** Where it was found: a file and the decoding path, or a bridge message. */
  where: string;
  bytes: Buffer;
}

export interface Leak {
  secret: string;
  where: string;
}

const BASE64_RUN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
const MAX_DEPTH = 4;

/** A secret given as text: found as is, or as any 48-character stretch of it (a PEM line, say). */
export function textSecret(label: string, value: string, stretch = 0): Secret {
  const needles = [Buffer.from(value)];
  for (let i = 0; stretch > 0 && i + stretch <= value.length; i += stretch) {
    needles.push(Buffer.from(value.slice(i, i + stretch)));
  }
  return { label, needles };
}

/** A private key: any base64 line of its PEM body gives it away, wherever it sits. */
export function pemSecret(label: string, pem: string): Secret {
  const lines = pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 32 && !l.startsWith('-----'));
  return { label, needles: lines.map((l) => Buffer.from(l)) };
}

/** Binary secrets (a PFX file): its bytes, or its base64, found anywhere. */
export function bytesSecret(label: string, bytes: Buffer): Secret {
  const middle = bytes.subarray(Math.floor(bytes.length / 4), Math.floor(bytes.length / 4) + 64);
  return { label, needles: [middle, Buffer.from(bytes.toString('base64').slice(0, 64))] };
}

/**
 * Credentials M365 Desk holds in its vault that nobody typed: the private key of a certificate
 * it made (unattended access), a client secret it created. Read through the host's own store
 * inspector (decrypted as only the app can), then looked for everywhere else.
 */
export function heldSecrets(snapshot: { secrets: Record<string, string> }): Secret[] {
  const secrets: Secret[] = [];
  for (const [name, value] of Object.entries(snapshot.secrets)) {
    if (!name.startsWith('app-credential:')) continue;
    const held = JSON.parse(value) as { privateKeyPem?: string; secret?: string };
    if (held.privateKeyPem)
      secrets.push(pemSecret(`private key held for ${name}`, held.privateKeyPem));
    if (held.secret) secrets.push(textSecret(`client secret held for ${name}`, held.secret));
  }
  return secrets;
}

/** Every file under `dir`, raw and with every JSON string value and base64 run decoded. */
export function storeHaystacks(dir: string): Haystack[] {
  return allFiles(dir).flatMap((file) => decodedViews(relative(dir, file), readFileSync(file), 0));
}

/** One haystack per bridge message line (`direction name json`). */
export function transcriptHaystacks(transcript: string): Haystack[] {
  return transcript
    .split('\n')
    .filter(Boolean)
    .flatMap((line, i) => {
      const where = `bridge #${i + 1} ${line.split(' ', 2).join(' ')}`;
      return decodedViews(where, Buffer.from(line), 0);
    });
}

/** Every secret found in any haystack, with where. */
export function findLeaks(secrets: Secret[], haystacks: Haystack[]): Leak[] {
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    const needles = secret.needles.filter((n) => n.length >= 8);
    for (const hay of haystacks) {
      if (needles.some((needle) => hay.bytes.includes(needle))) {
        leaks.push({ secret: secret.label, where: hay.where });
      }
    }
  }
  return leaks;
}

function decodedViews(where: string, bytes: Buffer, depth: number): Haystack[] {
  const views: Haystack[] = [{ where, bytes }];
  if (depth >= MAX_DEPTH) return views;
  const text = bytes.toString('utf8');
  for (const [i, value] of jsonStrings(text).entries()) {
    views.push(...decodedViews(`${where} › json[${i}]`, Buffer.from(value), depth + 1));
  }
  for (const run of text.match(BASE64_RUN) ?? []) {
    const decoded = Buffer.from(
      run,
      run.includes('-') || run.includes('_') ? 'base64url' : 'base64',
    );
    if (decoded.length >= 16) views.push(...decodedViews(`${where} › base64`, decoded, depth + 1));
  }
  return views;
}

/** The string values (and keys) of a JSON document; none when it is not JSON. */
function jsonStrings(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof parsed === 'string') return [parsed];
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        found.push(key);
        walk(inner);
      }
    }
  };
  walk(parsed);
  return found;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}
