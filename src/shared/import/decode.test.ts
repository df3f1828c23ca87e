import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import { decodeBytes } from './decode'

function bytesOf(...parts: (number[] | string)[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...new TextEncoder().encode(part)] : part,
    ),
  )
}

function utf16(text: string, endian: 'le' | 'be'): number[] {
  return [...text].flatMap((char) => {
    const code = char.charCodeAt(0)
    return endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
  })
}

describe('decodeBytes on the fixtures', () => {
  it.each([
    ['luma-old.csv', 'utf-8-bom', 'api_id,name,'],
    ['luma-2026.csv', 'utf-8-bom', 'guest_id,name,'],
    ['eventbrite-us.csv', 'utf-8', 'Order #,Order Date,'],
    ['pretix-semicolon.csv', 'utf-8', 'Order code;Attendee name;'],
    ['windows-1252-semicolon.csv', 'windows-1252', 'Name;E-Mail;Firma'],
    ['utf16le-tab.csv', 'utf-16le', 'Name\tEmail\tCity'],
    ['unicode-names.csv', 'utf-8', 'Name,Email\n山田\u3000太郎'],
  ])('%s reads as %s', (name, encoding, start) => {
    const result = decodeBytes(readFixture(name))
    expect(result).toMatchObject({ ok: true, encoding })
    if (result.ok) expect(result.text.startsWith(start)).toBe(true)
  })

  it('decodes Windows-1252 punctuation the same in Node as in a browser', () => {
    const result = decodeBytes(readFixture('windows-1252-semicolon.csv'))
    expect(result.ok && result.text).toContain('Renée O’Brien')
    expect(result.ok && result.text).toContain('12,50 €')
    expect(result.ok && result.text).toContain('Café Größe GmbH')
  })

  it.each([
    ['empty.csv', 'the file is empty'],
    ['png-renamed.csv', 'looks like a PNG image, not a CSV file'],
    ['xlsx-renamed.csv', 'looks like an Excel .xlsx or a zip file — export as CSV'],
  ])('refuses %s: %s', (name, reason) => {
    expect(decodeBytes(readFixture(name))).toEqual({ ok: false, reason })
  })
})

describe('decodeBytes on bytes', () => {
  it.each([
    [
      'UTF-8 without BOM',
      bytesOf('name,email\nZoë,z@example.com\n'),
      'utf-8',
      'name,email\nZoë,z@example.com\n',
    ],
    ['UTF-8 with BOM', bytesOf([0xef, 0xbb, 0xbf], 'name\n'), 'utf-8-bom', 'name\n'],
    ['UTF-16 LE with BOM', bytesOf([0xff, 0xfe], utf16('a\tb\r\n', 'le')), 'utf-16le', 'a\tb\r\n'],
    ['UTF-16 BE with BOM', bytesOf([0xfe, 0xff], utf16('a\tb\r\n', 'be')), 'utf-16be', 'a\tb\r\n'],
    [
      'UTF-16 LE without BOM',
      bytesOf(utf16('name\temail\r\n', 'le')),
      'utf-16le',
      'name\temail\r\n',
    ],
    [
      'UTF-16 BE without BOM',
      bytesOf(utf16('name\temail\r\n', 'be')),
      'utf-16be',
      'name\temail\r\n',
    ],
    ['invalid UTF-8 → Windows-1252', bytesOf('Jos', [0xe9], ';x\n'), 'windows-1252', 'José;x\n'],
    [
      'a BOM with a broken byte stays UTF-8',
      bytesOf([0xef, 0xbb, 0xbf], 'a', [0xff], '\n'),
      'utf-8-bom',
      'a\uFFFD\n',
    ],
  ])('%s', (_label, bytes, encoding, text) => {
    expect(decodeBytes(bytes)).toEqual({ ok: true, encoding, text })
  })

  it.each([
    [
      'a JPEG',
      bytesOf([0xff, 0xd8, 0xff, 0xe0], 'JFIF'),
      'looks like a JPEG image, not a CSV file',
    ],
    ['a GIF', bytesOf('GIF89a', [1, 0, 1, 0]), 'looks like a GIF image, not a CSV file'],
    ['a PDF', bytesOf('%PDF-1.7\n'), 'looks like a PDF document, not a CSV file'],
    [
      'an old .xls',
      bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'looks like an old Excel .xls workbook — export as CSV',
    ],
    [
      'an empty zip',
      bytesOf([0x50, 0x4b, 0x05, 0x06], new Array<number>(18).fill(0)),
      'looks like an Excel .xlsx or a zip file — export as CSV',
    ],
    ['only a BOM', bytesOf([0xef, 0xbb, 0xbf]), 'the file is empty'],
    ['only whitespace', bytesOf(' \r\n\t\n'), 'the file is empty'],
    [
      'mostly control bytes',
      bytesOf(Array.from({ length: 200 }, (_, index) => (index % 30) + 1)),
      'looks like a binary file, not a CSV text file',
    ],
    [
      'a web page',
      bytesOf('<!DOCTYPE html><html><body>Sign in</body></html>'),
      'looks like a web page (HTML), not a CSV file — download the export again',
    ],
    [
      'UTF-16 with an odd byte count',
      bytesOf([0xff, 0xfe], utf16('ab', 'le'), [0x41]),
      'is not valid UTF-16 LE text',
    ],
  ])('refuses %s', (_label, bytes, reason) => {
    expect(decodeBytes(bytes)).toEqual({ ok: false, reason })
  })

  it('never throws, and always answers ok with text or a one-line reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = decodeBytes(bytes)
        if (result.ok) expect(typeof result.text).toBe('string')
        else expect(result.reason).toMatch(/^[^\n]+$/)
      }),
      { numRuns: 500 },
    )
  })
})

describe('decodeBytes on large files', () => {
  it('refuses a file past the limit, naming its size and the limit', () => {
    const bytes = bytesOf('name,email\n', 'x'.repeat(3 * 1024 * 1024))
    expect(decodeBytes(bytes, { maxBytes: 2 * 1024 * 1024 })).toEqual({
      ok: false,
      reason:
        'is 3.1 MB, larger than the 2 MB an attendee file can be — split the export (for example by ticket type or date) and import the parts',
    })
  })

  it('keeps a NUL-damaged file: the parse decides about its rows', () => {
    expect(decodeBytes(readFixture('nul-bytes.csv')).ok).toBe(true)
  })

  // One decode call over a file of hundreds of megabytes aborts the process natively; slices do
  // not. Characters cut at a slice's end must come out whole.
  it.each([
    ['UTF-8', bytesOf('name\n', 'Zoë 山田 €\n'.repeat(40)), 'utf-8'],
    [
      'Windows-1252',
      bytesOf('name\n', [0x92, 0x80, 0x65, 0x0a].concat(...Array(40).fill([0x41, 0x0a]))),
      'windows-1252',
    ],
    ['UTF-16 LE', bytesOf([0xff, 0xfe], utf16('name\nZoë\n'.repeat(20), 'le')), 'utf-16le'],
  ])('decodes %s a slice at a time, to the same text', (_label, bytes, encoding) => {
    const whole = decodeBytes(bytes)
    const decode = vi.spyOn(TextDecoder.prototype, 'decode')
    try {
      const sliced = decodeBytes(bytes, { chunkBytes: 7 })
      expect(sliced).toEqual(whole)
      expect(sliced.ok && sliced.encoding).toBe(encoding)
      const sizes = decode.mock.calls.map(
        ([input]) => (input as Uint8Array | undefined)?.length ?? 0,
      )
      expect(Math.max(...sizes)).toBeLessThanOrEqual(7)
    } finally {
      decode.mockRestore()
    }
  })
})
