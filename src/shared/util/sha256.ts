/**
 * SHA-256 (FIPS 180-4) over the UTF-8 bytes of a string, synchronous and in plain JavaScript.
 *
 * Why not `node:crypto` or `crypto.subtle`: src/shared runs in main, renderer and the CLI and may
 * import nothing from Node, and Web Crypto's digest is asynchronous, which would make every
 * identity rule that checks a tombstone asynchronous too. Why not a cheaper hash such as FNV-1a 64: a
 * tombstone must not let anyone recover or probe the deleted person's e-mail, and a 64-bit
 * non-cryptographic hash is both trivially invertible by brute force over likely e-mails and prone
 * to collisions at 50,000 people × several identifiers; SHA-256 is the standard one-way choice and
 * costs microseconds per identifier here.
 */

/** Round constants: the fractional parts of the cube roots of the first 64 primes (32 bits). */
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

/** Initial hash: the fractional parts of the square roots of the first 8 primes (32 bits). */
const H0 = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]

/**
 * The UTF-8 bytes of a string. Written out rather than using TextEncoder so the module depends on
 * nothing but the language; a lone surrogate becomes U+FFFD, exactly as TextEncoder does, so the
 * hash of any string equals the hash of what TextEncoder would produce.
 */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = []
  for (let index = 0; index < text.length; index += 1) {
    let codePoint = text.charCodeAt(index)
    if (codePoint >= 0xd800 && codePoint <= 0xdbff) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (next - 0xdc00)
        index += 1
      } else {
        codePoint = 0xfffd
      }
    } else if (codePoint >= 0xdc00 && codePoint <= 0xdfff) {
      codePoint = 0xfffd
    }
    if (codePoint < 0x80) {
      bytes.push(codePoint)
    } else if (codePoint < 0x800) {
      bytes.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f))
    } else if (codePoint < 0x10000) {
      bytes.push(
        0xe0 | (codePoint >> 12),
        0x80 | ((codePoint >> 6) & 0x3f),
        0x80 | (codePoint & 0x3f),
      )
    } else {
      bytes.push(
        0xf0 | (codePoint >> 18),
        0x80 | ((codePoint >> 12) & 0x3f),
        0x80 | ((codePoint >> 6) & 0x3f),
        0x80 | (codePoint & 0x3f),
      )
    }
  }
  return Uint8Array.from(bytes)
}

/** The SHA-256 digest of some bytes, as 32 bytes. */
export function sha256Bytes(message: Uint8Array): Uint8Array {
  // Padding: a 1 bit, zeros, then the message length in bits as a 64-bit big-endian number, so the
  // total is a multiple of 64 bytes.
  const paddedLength = Math.ceil((message.length + 9) / 64) * 64
  const padded = new Uint8Array(paddedLength)
  padded.set(message)
  padded[message.length] = 0x80
  const view = new DataView(padded.buffer)
  const bitLength = message.length * 8
  // Split so lengths beyond 2^32 bits stay exact; bitwise operators would truncate to 32 bits.
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 0x100000000))
  view.setUint32(paddedLength - 4, bitLength >>> 0)

  const hash = Uint32Array.from(H0)
  const schedule = new Uint32Array(64)
  for (let offset = 0; offset < paddedLength; offset += 64) {
    for (let t = 0; t < 16; t += 1) schedule[t] = view.getUint32(offset + t * 4)
    for (let t = 16; t < 64; t += 1) {
      const w15 = schedule[t - 15] ?? 0
      const w2 = schedule[t - 2] ?? 0
      const sigma0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)
      const sigma1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10)
      schedule[t] = (schedule[t - 16] ?? 0) + sigma0 + (schedule[t - 7] ?? 0) + sigma1
    }

    let a = hash[0] ?? 0
    let b = hash[1] ?? 0
    let c = hash[2] ?? 0
    let d = hash[3] ?? 0
    let e = hash[4] ?? 0
    let f = hash[5] ?? 0
    let g = hash[6] ?? 0
    let h = hash[7] ?? 0
    for (let t = 0; t < 64; t += 1) {
      const sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
      const choose = (e & f) ^ (~e & g)
      const temp1 = (h + sum1 + choose + (K[t] ?? 0) + (schedule[t] ?? 0)) >>> 0
      const sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
      const majority = (a & b) ^ (a & c) ^ (b & c)
      const temp2 = (sum0 + majority) >>> 0
      h = g
      g = f
      f = e
      e = (d + temp1) >>> 0
      d = c
      c = b
      b = a
      a = (temp1 + temp2) >>> 0
    }
    // Uint32Array stores modulo 2^32, which is the addition the standard asks for.
    hash[0] = (hash[0] ?? 0) + a
    hash[1] = (hash[1] ?? 0) + b
    hash[2] = (hash[2] ?? 0) + c
    hash[3] = (hash[3] ?? 0) + d
    hash[4] = (hash[4] ?? 0) + e
    hash[5] = (hash[5] ?? 0) + f
    hash[6] = (hash[6] ?? 0) + g
    hash[7] = (hash[7] ?? 0) + h
  }

  const digest = new Uint8Array(32)
  const digestView = new DataView(digest.buffer)
  hash.forEach((word, index) => digestView.setUint32(index * 4, word))
  return digest
}

/** The SHA-256 digest of a string's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  let hex = ''
  for (const byte of sha256Bytes(utf8Bytes(text))) hex += byte.toString(16).padStart(2, '0')
  return hex
}

function rotr(value: number, bits: number): number {
  return (value >>> bits) | (value << (32 - bits))
}
