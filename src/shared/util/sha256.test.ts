import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8Bytes } from './sha256'

describe('sha256Hex', () => {
  // FIPS 180-4 / NIST CAVS examples, the padding boundaries (55, 56 and 64 bytes) and UTF-8 text;
  // the non-ASCII digests were produced by OpenSSL over the same UTF-8 bytes.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    ['a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    ['a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['é', '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'],
    ['山田\u3000太郎', '6ca7adf757dd88fc5abca06759239cac2bc9a0d7a9bbfd03329cae70f5f77e87'],
    ['🎉', '6146299cd54818a0e659eb6ac88e80f6f8f70536bbbd962d36973f2d2323f26c'],
    ['ana@example.com', '8e43ca37701228e74983efdbd0cff5c16b3b1e5d4e29a7c05626d4d25a018e11'],
    ['meetup:user 12345678', '01fdfaf9635a1cd0498d9192da54dc748a4fa11234a7039b810b41f1f1275f47'],
    ['\ud800x', 'a87ce46793cc659b79bd187e998f8488635f707d5be0957e1d565981efd2b04b'],
  ])('hashes %j', (text, expected) => {
    expect(sha256Hex(text)).toBe(expected)
  })

  it('hashes a million "a" (multi-block, NIST long message)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    )
  })
})

describe('utf8Bytes', () => {
  it.each([
    ['A', [0x41]],
    ['é', [0xc3, 0xa9]],
    ['€', [0xe2, 0x82, 0xac]],
    ['🎉', [0xf0, 0x9f, 0x8e, 0x89]],
    ['\udc00', [0xef, 0xbf, 0xbd]],
  ])('encodes %j like TextEncoder', (text, expected) => {
    expect([...utf8Bytes(text)]).toEqual(expected)
    expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)])
  })
})
