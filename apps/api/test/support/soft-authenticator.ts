import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

/**
 * A software WebAuthn authenticator for tests: what a browser and a platform authenticator hand
 * the server, made without either. EC P-256 keys (ES256) from node:crypto, CBOR from
 * @simplewebauthn/server's own helpers, "none" attestation. Registration answers
 * `navigator.credentials.create()` (the JSON @simplewebauthn/browser's startRegistration returns);
 * assertion answers `navigator.credentials.get()` (startAuthentication's JSON).
 */

interface StoredCredential {
  id: string;
  privateKey: KeyObject;
  rpId: string;
  userHandle: string;
  counter: number;
}

export interface AssertOptions {
  /** Use this credential rather than the first the options allow that this authenticator holds. */
  credentialId?: string;
  /** The signature counter to report (default: one more than the last). */
  counter?: number;
  /** Sign with this key instead of the credential's own (a forgery). */
  signWith?: KeyObject;
  /** Overrides of the client data (origin, challenge, type). */
  clientData?: Partial<{ origin: string; challenge: string; type: string }>;
}

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_DATA = 0x40;

function sha256(data: Uint8Array | string): Buffer {
  return createHash('sha256').update(data).digest();
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

function b64url(bytes: Uint8Array): string {
  return isoBase64URL.fromBuffer(new Uint8Array(bytes));
}

/** The public key as a COSE_Key map (RFC 9053: kty EC2, alg ES256, crv P-256, x, y). */
function coseKey(publicKey: KeyObject): Uint8Array {
  const jwk = publicKey.export({ format: 'jwk' });
  const x = new Uint8Array(Buffer.from(jwk.x as string, 'base64url'));
  const y = new Uint8Array(Buffer.from(jwk.y as string, 'base64url'));
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, x],
      [-3, y],
    ]),
  );
}

export function newSigningKey(): KeyObject {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}

export class SoftAuthenticator {
  private readonly credentials = new Map<string, StoredCredential>();

  /** The ids of the credentials this authenticator holds, oldest first. */
  get credentialIds(): string[] {
    return [...this.credentials.keys()];
  }

  /** A registration response (JSON) to `beginPasskeyRegistration`'s options, from a page at `origin`. */
  register(optionsJson: string, origin: string, options: { clientData?: Partial<{ origin: string; challenge: string; type: string }> } = {}): string {
    const creation = JSON.parse(optionsJson) as { challenge: string; rp: { id: string }; user: { id: string }; excludeCredentials?: Array<{ id: string }> };
    if (creation.excludeCredentials?.some((excluded) => this.credentials.has(excluded.id))) throw new Error('InvalidStateError: this authenticator already holds a credential the options exclude');
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const rawId = randomBytes(16);
    const id = b64url(rawId);
    const authData = Buffer.concat([
      sha256(creation.rp.id),
      Buffer.from([FLAG_USER_PRESENT | FLAG_USER_VERIFIED | FLAG_ATTESTED_DATA]),
      uint32(0),
      Buffer.alloc(16), // AAGUID: none
      Buffer.from([0, rawId.length]),
      rawId,
      Buffer.from(coseKey(publicKey)),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', new Uint8Array(authData)],
      ]),
    );
    const clientDataJSON = JSON.stringify({ type: 'webauthn.create', challenge: creation.challenge, origin, crossOrigin: false, ...options.clientData });
    this.credentials.set(id, { id, privateKey, rpId: creation.rp.id, userHandle: creation.user.id, counter: 0 });
    return JSON.stringify({
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(Buffer.from(clientDataJSON)),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    });
  }

  /** An assertion (JSON) to `passkeyLoginOptions`' or `passkeyReauthOptions`' options, from a page at `origin`. */
  assert(optionsJson: string, origin: string, options: AssertOptions = {}): string {
    const request = JSON.parse(optionsJson) as { challenge: string; rpId: string; allowCredentials?: Array<{ id: string }> };
    const id = options.credentialId ?? request.allowCredentials?.map((allowed) => allowed.id).find((allowed) => this.credentials.has(allowed));
    const credential = id ? this.credentials.get(id) : undefined;
    if (!credential) throw new Error('NotAllowedError: this authenticator holds none of the allowed credentials');
    credential.counter = options.counter ?? credential.counter + 1;
    const authenticatorData = Buffer.concat([sha256(request.rpId), Buffer.from([FLAG_USER_PRESENT | FLAG_USER_VERIFIED]), uint32(credential.counter)]);
    const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: request.challenge, origin, crossOrigin: false, ...options.clientData }));
    const signature = sign('sha256', Buffer.concat([authenticatorData, sha256(clientDataJSON)]), options.signWith ?? credential.privateKey);
    return JSON.stringify({
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authenticatorData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    });
  }

  /** Hands a credential (its private key) to another authenticator: a stolen or copied passkey. */
  copyTo(other: SoftAuthenticator, id: string): void {
    const credential = this.credentials.get(id);
    if (!credential) throw new Error(`no credential ${id}`);
    other.credentials.set(id, { ...credential });
  }
}
