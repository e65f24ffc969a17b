import { constantTimeEqual, normalizeHashAlgorithm, type CryptoPlugin } from '@otplib/core';
import { generate } from '@otplib/totp';
import { decodeBase32 } from './base32';

const WEB_CRYPTO_NAMES = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' } as const;
const SUPPORTED = Object.keys(WEB_CRYPTO_NAMES) as (keyof typeof WEB_CRYPTO_NAMES)[];

/**
 * otplib's HMAC on Web Crypto, which browsers and Node 20 both have. otplib's
 * default plugin brings its own SHA implementations (7 kB gzip in the background
 * bundle) to compute what the platform already computes.
 */
const webCrypto: CryptoPlugin = {
  name: 'web-crypto',
  algorithms: SUPPORTED,
  async hmac(algorithm, key, data) {
    const name = normalizeHashAlgorithm(algorithm, { supported: SUPPORTED, plugin: 'web-crypto' });
    const hmacKey = await crypto.subtle.importKey(
      'raw',
      key as Uint8Array<ArrayBuffer>,
      { name: 'HMAC', hash: WEB_CRYPTO_NAMES[name as keyof typeof WEB_CRYPTO_NAMES] },
      false,
      ['sign'],
    );
    return new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, data as Uint8Array<ArrayBuffer>));
  },
  randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  constantTimeEqual,
};

/** The code of a base32 TOTP secret, as an authenticator app shows it: 6 digits, SHA-1, 30 s; now by default. */
export function totpCode(secret: string, epochSeconds?: number): Promise<string> {
  return generate({ secret: decodeBase32(secret), crypto: webCrypto, epoch: epochSeconds });
}
