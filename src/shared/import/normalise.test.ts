import { describe, expect, it } from 'vitest'
import { normaliseEmail, normaliseHeader, normaliseName } from './normalise'

describe('normaliseEmail', () => {
  it.each([
    ['jane@example.com', 'jane@example.com'],
    ['  Jane@Example.COM ', 'jane@example.com'],
    ['\tJANE@EXAMPLE.COM\n', 'jane@example.com'],
    ['jane+work@example.com', 'jane+work@example.com'],
    ['jane\u200B@example.com', 'jane@example.com'],
    ['\uFEFFjane@example.com', 'jane@example.com'],
    ['jose\u0301@example.com', 'jos\u00e9@example.com'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected)
  })
})

describe('normaliseName', () => {
  it.each([
    ['  Ada   Lovelace ', 'Ada Lovelace'],
    ['山田\u3000太郎', '山田 太郎'],
    ['Jose\u0301 Marti\u0301n', 'Jos\u00e9 Mart\u00edn'],
    ['مريم  العلي', 'مريم العلي'],
    ['Zoë 🚀 Kim', 'Zoë 🚀 Kim'],
    ['👩\u200D💻 Dev', '👩\u200D💻 Dev'],
    ['Line\nbreak', 'Line break'],
    ['Tom B.', 'Tom B.'],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected)
  })
})

describe('normaliseHeader', () => {
  it.each([
    ['E-mail', 'email'],
    [' Email ', 'email'],
    ['first_name', 'firstname'],
    ['First Name', 'firstname'],
    ['FirstName', 'firstname'],
    ['Order #', 'order#'],
    ['Check-ins: Main entrance', 'checkins:mainentrance'],
    ['\uFEFFapi_id', 'apiid'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseHeader(raw)).toBe(expected)
  })
})
