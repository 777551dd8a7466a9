/**
 * How much password-based key derivation a PKCS#12 file asks for, read before node-forge runs
 * any of it. The counts come from the file itself and node-forge derives synchronously, in
 * plain JavaScript, on the main thread: a 1.8 KB file asking for 5,000,000 iterations froze the
 * app for 4.6 s, and nothing in the file can be authenticated before the MAC is derived.
 *
 * node-forge derives once per part it meets: the MAC (MacData.iterations, default 1), each
 * encrypted safe (EncryptedContentInfo's algorithm) and each shrouded key bag. All three go
 * through PBES2 (PBKDF2) or the PKCS#12 PBE; both keep their count in the algorithm's params.
 */
import forge from 'node-forge';

/**
 * The most key derivation one PFX may ask for: the sum over every derivation in it of its
 * iterations times {@link weightOf} (so in PBKDF2-HMAC-SHA256 iterations), with encrypted safes
 * counted twice because {@link excessIterations} decrypts them once more itself.
 *
 * What real tools write, per derivation (a file has three: MAC, certificate safe, key bag):
 * Windows (certutil -exportPFX, Export-PfxCertificate, also with PBES2 on newer Windows) 2000;
 * OpenSSL 3 2048 for MAC and encryption (PKCS12_DEFAULT_ITER, `-iter` / `-maciter`); Java
 * keytool 10,000 (JDK 12 on, and the 11 and 8 updates that took its new defaults); node-forge
 * itself 2048. We know of no higher Azure Key Vault default. Costed here, Windows and OpenSSL
 * files come to about 8,000 and Java's to 40,000; 80,000 is ten times the first, twice the last.
 *
 * Why not higher: node-forge's PBKDF2-HMAC-SHA256 runs at about 490 ms per 100,000 iterations
 * on the two-core machine this was written on (the other schemes, weighted, at most that), so
 * the worst file accepted derives in about 0.4 s. Files written with larger counts (older Java
 * keytool's 50,000 per bag and 100,000 for the MAC, or a hand-set `-iter`) are refused with a
 * hint to export them again.
 */
export const MAX_PFX_DERIVATION_COST = 80_000n;

type Asn1 = forge.asn1.Asn1;
const { asn1 } = forge;
const oid = forge.pki.oids;

/** What a file asks for beyond the bound: one derivation's count, or the sum of them all. */
export interface IterationExcess {
  asked: bigint;
  inAll: boolean;
}

/** One key derivation node-forge will run: its count, and the cost of one of its iterations. */
interface Derivation {
  iterations: bigint;
  weight: bigint;
}

/** The PKCS#12 PBE schemes node-forge derives for; it refuses the others before deriving. */
const pkcs12Pbe = new Set([
  oid['pbeWithSHAAnd3-KeyTripleDES-CBC'],
  oid['pbewithSHAAnd40BitRC2-CBC'],
]);
const longKeys = new Set([oid['aes192-CBC'], oid['aes256-CBC'], oid['des-EDE3-CBC']]);

/**
 * One PBKDF2 iteration's cost in node-forge, in PBKDF2-HMAC-SHA256 iterations (measured per
 * 100,000: SHA-256 490 ms, SHA-1 330 ms per 20-byte block, SHA-512 1240 ms), rounded up. SHA-1
 * runs twice for keys longer than its 20 bytes; SHA-224/384/512 all run on forge's slow 64-bit
 * SHA-512 code. The MAC's PKCS#12 KDF (90 to 355 ms) and the PKCS#12 PBE (270 ms) weigh 1.
 */
function weightOf(prf: string, cipher: string): bigint {
  if (prf === oid.hmacWithSHA256) return 1n;
  if (prf === oid.hmacWithSHA1) return longKeys.has(cipher) ? 2n : 1n;
  return 3n;
}

/** node-forge's cipher factory for these schemes; its typings leave `pki.pbe` out. */
const pbe = (forge.pki as unknown as { pbe: PbeModule }).pbe;
interface PbeModule {
  getCipher(oid: string, params: Asn1, password: string): forge.cipher.BlockCipher;
}

/** Thrown where the file is not shaped as node-forge reads it; the caller calls it unreadable. */
const unreadable = () => new Error('PKCS#12 structure not as expected');

function children(node: Asn1 | undefined): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw unreadable();
  return node.value;
}

function oidOf(node: Asn1 | undefined): string {
  if (node?.type !== asn1.Type.OID || typeof node.value !== 'string') throw unreadable();
  return asn1.derToOid(node.value);
}

/** An OCTET STRING's bytes, joining the chunks of a BER constructed one as node-forge does. */
function octets(node: Asn1 | undefined): string {
  if (!node) throw unreadable();
  return typeof node.value === 'string' ? node.value : node.value.map(octets).join('');
}

/** An INTEGER read unsigned and whole, so no count hides in a sign bit or past 32 bits. */
function count(node: Asn1 | undefined): bigint {
  if (node?.type !== asn1.Type.INTEGER || typeof node.value !== 'string') throw unreadable();
  const value = node.value === '' ? 0n : BigInt(`0x${forge.util.bytesToHex(node.value)}`);
  return value < 1n ? 1n : value; // a count of 0 still costs one round in node-forge
}

/** The derivation an AlgorithmIdentifier makes node-forge run, if any. */
function derivationOf(algorithm: Asn1 | undefined): Derivation[] {
  const [id, params] = children(algorithm);
  const scheme = oidOf(id);
  if (scheme === oid.pkcs5PBES2) {
    // PBES2-params: [keyDerivationFunc [oid, PBKDF2-params], encryptionScheme [oid, iv]]
    const [kdf, encryption] = children(params);
    // PBKDF2-params: [salt, iterationCount, keyLength?, prf? (default hmacWithSHA1)]
    const [, iterations, ...rest] = children(children(kdf)[1]);
    const prf = rest.find((node) => node.type === asn1.Type.SEQUENCE);
    const weight = weightOf(
      prf ? oidOf(children(prf)[0]) : oid.hmacWithSHA1!,
      oidOf(children(encryption)[0]),
    );
    return [{ iterations: count(iterations), weight }];
  }
  // pkcs-12PbeParams: [salt, iterations]
  return pkcs12Pbe.has(scheme) ? [{ iterations: count(children(params)[1]), weight: 1n }] : [];
}

/**
 * The derivations of the shrouded key bags in a SafeContents (DER bytes). node-forge reads bags
 * in order and throws at the first it cannot read, before deriving for it; so do we, keeping
 * the derivations of the bags before it, which it would have run.
 */
function bagDerivations(safeContents: string): Derivation[] {
  const found: Derivation[] = [];
  try {
    for (const bag of children(asn1.fromDer(safeContents, false))) {
      const [bagId, bagValue] = children(bag);
      if (oidOf(bagId) !== oid.pkcs8ShroudedKeyBag) continue;
      // EncryptedPrivateKeyInfo: [encryptionAlgorithm, encryptedData]
      found.push(...derivationOf(children(children(bagValue)[0])[0]));
    }
  } catch {
    // node-forge stops at the same bag
  }
  return found;
}

/** An encrypted safe's SafeContents, decrypted as node-forge will; undefined if that fails. */
function decrypted(encryptedContentInfo: Asn1[], password: string): string | undefined {
  try {
    const [algorithmId, params] = children(encryptedContentInfo[1]);
    const cipher = pbe.getCipher(oidOf(algorithmId), params!, password);
    cipher.update(forge.util.createBuffer(octets(encryptedContentInfo[2])));
    return cipher.finish() ? cipher.output.getBytes() : undefined;
  } catch {
    return undefined; // node-forge fails the same way, after its MAC check names the cause
  }
}

const cost = ({ iterations, weight }: Derivation) => iterations * weight;

function excess(derivations: Derivation[]): IterationExcess | undefined {
  const costliest = derivations.reduce<Derivation | undefined>(
    (a, b) => (a && cost(a) >= cost(b) ? a : b),
    undefined,
  );
  if (costliest && cost(costliest) > MAX_PFX_DERIVATION_COST) {
    return { asked: costliest.iterations, inAll: false };
  }
  const total = derivations.reduce((sum, d) => sum + cost(d), 0n);
  if (total <= MAX_PFX_DERIVATION_COST) return undefined;
  return { asked: derivations.reduce((sum, d) => sum + d.iterations, 0n), inAll: true };
}

/**
 * Reads every key derivation node-forge's `pkcs12FromAsn1` would run for `pfx` and says what
 * exceeds {@link MAX_PFX_DERIVATION_COST}. Everything visible (the MAC, each encrypted safe,
 * key bags in plain safes) is judged before any derivation. Only then, and only when within the
 * bound, are encrypted safes decrypted, because a key bag may hide inside one; its count is
 * judged before node-forge derives for it.
 *
 * @throws Error when `pfx` is not laid out as node-forge reads a PFX (the file is unreadable).
 */
export function excessIterations(pfx: Asn1, password: string): IterationExcess | undefined {
  const [, authSafe, macData] = children(pfx);
  const found: Derivation[] = [];
  if (macData?.type === asn1.Type.SEQUENCE) {
    const iterations = children(macData)[2]; // MacData: [mac, macSalt, iterations DEFAULT 1]
    found.push({
      iterations: iterations?.type === asn1.Type.INTEGER ? count(iterations) : 1n,
      weight: 1n,
    });
  }
  const [authType, authContent] = children(authSafe);
  if (oidOf(authType) !== oid.data) return excess(found); // node-forge refuses other modes
  const contentInfos = children(asn1.fromDer(octets(children(authContent)[0]), false));

  const encryptedSafes: Asn1[][] = [];
  for (const contentInfo of contentInfos) {
    const [type, content] = children(contentInfo);
    const data = children(content)[0];
    if (oidOf(type) === oid.data) found.push(...bagDerivations(octets(data)));
    if (oidOf(type) === oid.encryptedData) {
      const encryptedContentInfo = children(children(data)[1]); // EncryptedData [version, eci]
      // Weighed twice: node-forge derives for it once and decrypted() below once more.
      for (const d of derivationOf(encryptedContentInfo[1]))
        found.push({ ...d, weight: 2n * d.weight });
      encryptedSafes.push(encryptedContentInfo);
    }
  }
  const visible = excess(found);
  if (visible || encryptedSafes.length === 0) return visible;

  for (const encryptedContentInfo of encryptedSafes) {
    const safeContents = decrypted(encryptedContentInfo, password);
    if (safeContents !== undefined) found.push(...bagDerivations(safeContents));
  }
  return excess(found);
}
