import { describe, expect, it } from 'vitest'
import {
  emailLocalPart,
  emailWithoutTag,
  isNameWordShared,
  nameShape,
  phoneHeadersOf,
  phoneKey,
  phoneOf,
} from './identity-keys'

describe('emailWithoutTag', () => {
  it.each([
    ['ana+meetups@example.com', 'ana@example.com'],
    ['ana@example.com', 'ana@example.com'],
    ['+ana@example.com', '+ana@example.com'],
    ['ana@ex+ample.com', 'ana@ex+ample.com'],
  ])('%j → %j', (email, expected) => {
    expect(emailWithoutTag(email)).toBe(expected)
  })
})

describe('emailLocalPart', () => {
  it.each([
    ['maria.garcia@gmail.com', 'maria.garcia'],
    ['maria.garcia+work@acme.io', 'maria.garcia'],
    ['info@acme.io', ''],
    ['jo@example.com', ''],
    ['not an address', ''],
    ['', ''],
  ])('%j → %j', (email, expected) => {
    expect(emailLocalPart(email)).toBe(expected)
  })
})

describe('phoneKey', () => {
  it.each([
    ['+49 151 2345678', '512345678'],
    ['0151 2345678', '512345678'],
    ['(555) 010-1234', '550101234'],
    ['12 34', ''],
    ['', ''],
  ])('%j → %j', (phone, expected) => {
    expect(phoneKey(phone)).toBe(expected)
  })
})

describe('phoneOf', () => {
  it.each([
    [{ phone_number: '+49 151 2345678', Company: 'Acme' }, '+49 151 2345678'],
    [{ 'Ticket Phone Number': '0151 2345678' }, '0151 2345678'],
    [{ Mobile: '0151 2345678' }, '0151 2345678'],
    [{ Phone: 'ask me' }, ''],
    [{ 'Order #': '1234567890' }, ''],
  ])('%j → %j', (answers, expected) => {
    expect(phoneOf(answers)).toBe(expected)
  })

  it('reads only the headers it is given', () => {
    expect(phoneOf({ Phone: '0151 2345678' }, [])).toBe('')
    expect(phoneOf({ Phone: '0151 2345678' }, ['Phone'])).toBe('0151 2345678')
  })
})

describe('phoneHeadersOf', () => {
  it('finds the phone columns of a file from its rows', () => {
    const rows: { answers: Record<string, string> }[] = [
      { answers: { Company: 'Acme' } },
      { answers: { phone_number: '0151 2345678' } },
    ]
    expect(phoneHeadersOf(rows)).toEqual(['phone_number'])
    expect(phoneHeadersOf([])).toEqual([])
  })
})

describe('isNameWordShared', () => {
  it.each([
    ['Kate Moss', 'Katherine Moss', true],
    ['Kate Moss', 'Kate Winslet', true],
    ['Kate Moss', 'Tom Baker', false],
    ['A B', 'A C', false],
    ['', 'Kate Moss', false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(isNameWordShared(nameShape(a), nameShape(b))).toBe(expected)
  })
})
