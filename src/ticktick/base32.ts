const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * RFC 4648 base32, the alphabet of TOTP secrets: case, spaces and `=` padding
 * do not matter. Decoded here rather than with a library: it is the one
 * direction the extension needs, in a dozen lines, where the library costs
 * 2 kB of the background's budget.
 */
export function decodeBase32(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '').toUpperCase();
  const bytes = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`The secret is not base32: “${char}” is not one of A–Z and 2–7.`);
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
