/**
 * TEST ONLY. PKCS#12 files built piece by piece, so a test chooses every iteration count (the
 * MAC's, the key bag's, an encrypted certificate safe's) and where the key sits, the way
 * Windows, OpenSSL or a hostile file would lay them out. node-forge's own `toPkcs12Asn1` uses
 * one count for everything and never writes an encrypted safe, which is why this exists.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import forge from 'node-forge';

const { asn1 } = forge;
type Asn1 = forge.asn1.Asn1;

/** How a bag or safe is encrypted: PBES2 (PBKDF2 with that HMAC + AES-256) or PKCS#12 3DES. */
export interface Encryption {
  iterations: number | bigint;
  scheme?: 'pbes2-sha256' | 'pbes2-sha1' | 'pbes2-sha512' | 'pkcs12-3des';
}

export interface CraftedPfxOptions {
  password: string;
  /** MAC iterations; `null` writes no MacData at all. */
  macIterations: number | bigint | null;
  key: Encryption;
  /** `'plain'` puts the certificate in an unencrypted safe, as node-forge does. */
  certificateSafe: 'plain' | Encryption;
  /** Put the key bag inside the encrypted certificate safe instead of a plain safe of its own. */
  keyInsideCertificateSafe?: boolean;
  /** The certificates' PEM, in this order (none: a file without a certificate); the pair's own by default. */
  certificates?: string[];
  /** Leave the key bag out (a certificate exported without its private key). */
  withoutKey?: boolean;
}

/**
 * Counts above this are written in after encrypting with a count of 1, so building a file that
 * asks for 2^31-1 iterations takes no time. Such a part no longer decrypts or verifies, which
 * a refusal never reaches.
 */
const AFFORDABLE = 100_000;

const universal = (type: forge.asn1.Type, value: string | Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, type, Array.isArray(value), value);
const sequence = (items: Asn1[]) => universal(asn1.Type.SEQUENCE, items);
const octets = (bytes: string) => universal(asn1.Type.OCTETSTRING, bytes);
const oid = (id: string) => universal(asn1.Type.OID, asn1.oidToDer(id).getBytes());
const explicit0 = (inner: Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [inner]);
const der = (node: Asn1) => asn1.toDer(node).getBytes();

/** A DER INTEGER of any size (forge's `integerToDer` stops at 32 bits). */
function integer(value: number | bigint): Asn1 {
  let hex = BigInt(value).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return universal(asn1.Type.INTEGER, forge.util.hexToBytes(hex));
}

const oids = {
  data: forge.pki.oids.data!,
  encryptedData: forge.pki.oids.encryptedData!,
  certBag: forge.pki.oids.certBag!,
  shroudedKeyBag: forge.pki.oids.pkcs8ShroudedKeyBag!,
  x509: forge.pki.oids.x509Certificate!,
  sha1: forge.pki.oids.sha1!,
  pbes2: forge.pki.oids.pkcs5PBES2!,
};

/** Encrypts `content` as an EncryptedPrivateKeyInfo does: [AlgorithmIdentifier, OCTET STRING]. */
function encrypt(content: Asn1, password: string, how: Encryption): Asn1 {
  const affordable = BigInt(how.iterations) <= BigInt(AFFORDABLE);
  const scheme = how.scheme ?? 'pbes2-sha256';
  const encrypted = forge.pki.encryptPrivateKeyInfo(content, password, {
    algorithm: scheme === 'pkcs12-3des' ? '3des' : 'aes256',
    prfAlgorithm:
      scheme === 'pbes2-sha1' ? 'sha1' : scheme === 'pbes2-sha512' ? 'sha512' : 'sha256',
    count: affordable ? Number(how.iterations) : 1,
  });
  if (!affordable) {
    const algorithm = (encrypted.value as Asn1[])[0]!;
    const params = (algorithm.value as Asn1[])[1]!;
    // PBES2: params = [keyDerivationFunc [oid, [salt, count, ...]], scheme]; PKCS#12: [salt, count].
    const holder =
      asn1.derToOid((algorithm.value as Asn1[])[0]!.value as string) === oids.pbes2
        ? (((params.value as Asn1[])[0]!.value as Asn1[])[1]!.value as Asn1[])
        : (params.value as Asn1[]);
    holder[1] = integer(how.iterations);
  }
  return encrypted;
}

const plainSafe = (bags: Asn1[]) =>
  sequence([oid(oids.data), explicit0(octets(der(sequence(bags))))]);

function encryptedSafe(bags: Asn1[], password: string, how: Encryption): Asn1 {
  const [algorithm, content] = encrypt(sequence(bags), password, how).value as Asn1[];
  const encryptedContent = asn1.create(
    asn1.Class.CONTEXT_SPECIFIC,
    0,
    false,
    content!.value as string,
  );
  const encryptedContentInfo = sequence([oid(oids.data), algorithm!, encryptedContent]);
  return sequence([
    oid(oids.encryptedData),
    explicit0(sequence([integer(0), encryptedContentInfo])),
  ]);
}

/** The MacData over `authSafe`: a true MAC when the count is affordable, otherwise a dummy. */
function macData(authSafe: string, password: string, iterations: number | bigint): Asn1 {
  const salt = forge.random.getBytesSync(8);
  const affordable = BigInt(iterations) <= BigInt(AFFORDABLE);
  const key = forge.pkcs12.generateKey(
    password,
    forge.util.createBuffer(salt),
    3,
    affordable ? Number(iterations) : 1,
    20,
  );
  const hmac = forge.hmac.create();
  hmac.start('sha1', key.getBytes());
  hmac.update(authSafe);
  const digestAlgorithm = sequence([oid(oids.sha1), universal(asn1.Type.NULL, '')]);
  return sequence([
    sequence([digestAlgorithm, octets(hmac.digest().getBytes())]),
    octets(salt),
    integer(iterations),
  ]);
}

/** A PFX (base64) holding `pair`, laid out and counted as `options` says. */
export function craftedPfxBase64(
  pair: { certificatePem: string; privateKeyPem: string },
  options: CraftedPfxOptions,
): string {
  const { password } = options;
  // Through node:crypto rather than node-forge, which reads RSA keys and certificates only.
  const privateKeyInfo = asn1.fromDer(
    createPrivateKey(pair.privateKeyPem)
      .export({ type: 'pkcs8', format: 'der' })
      .toString('binary'),
  );
  const keyBag = sequence([
    oid(oids.shroudedKeyBag),
    explicit0(encrypt(privateKeyInfo, password, options.key)),
  ]);
  const certificateBags = (options.certificates ?? [pair.certificatePem]).map((pem) =>
    sequence([
      oid(oids.certBag),
      explicit0(
        sequence([
          oid(oids.x509),
          explicit0(octets(new X509Certificate(pem).raw.toString('binary'))),
        ]),
      ),
    ]),
  );
  const keyBags = options.withoutKey ? [] : [keyBag];
  const nested = options.keyInsideCertificateSafe === true;
  const certBags = nested ? [...certificateBags, ...keyBags] : certificateBags;
  const safes = [
    options.certificateSafe === 'plain'
      ? plainSafe(certBags)
      : encryptedSafe(certBags, password, options.certificateSafe),
    ...(nested ? [] : [plainSafe(keyBags)]),
  ];
  const authSafe = der(sequence(safes));
  const pfx = sequence([
    integer(3),
    sequence([oid(oids.data), explicit0(octets(authSafe))]),
    ...(options.macIterations === null ? [] : [macData(authSafe, password, options.macIterations)]),
  ]);
  return forge.util.encode64(der(pfx));
}
