import { describe, expect, it } from 'vitest'
import { buildDoorIndex, searchDoor, ticketCodes, type DoorCandidate } from './door-search'

const candidate = (id: string, name: string, email = '', codes: string[] = []): DoorCandidate => ({
  id,
  name,
  emails: email === '' ? [] : [email],
  codes,
})

const LIST = [
  candidate('r1', 'Ada Lovelace', 'ada@example.com', ['g-Ada123456']),
  candidate('r2', 'José Ñúñez', 'jose@example.com', ['TITO-1']),
  candidate('r3', 'Alan Turing', 'alan@bletchley.uk'),
  candidate('r4', 'Grace Hopper', 'grace@navy.mil', ['ORDER7-2']),
  candidate('r5', 'Anna Lee', 'anna.lee@example.com'),
]
const index = buildDoorIndex(LIST)
const found = (query: string) => searchDoor(index, query).map((match) => match.candidate.id)

describe('searchDoor', () => {
  it.each([
    ['a name as typed', 'Ada Lovelace', ['r1']],
    ['words in any order', 'lovelace ada', ['r1']],
    ['word starts', 'lov a', ['r1']],
    ['accents forgiven', 'jose nunez', ['r2']],
    ['accents typed where the list has none', 'Alán', ['r3']],
    ['initials', 'gh', ['r4']],
    ['an e-mail', 'grace@navy', ['r4']],
    ['a mailbox name without its domain', 'anna.lee', ['r5']],
    ['a ticket code, any case', 'tito-1', ['r2']],
    [
      'a scanned check-in URL holding the guest key',
      'https://lu.ma/check-in/evt-1?pk=g-ada123456',
      ['r1'],
    ],
  ])('finds %s', (_, query, ids) => {
    expect(found(query)).toEqual(ids)
  })

  it('puts a name match before an initials match', () => {
    // "al" starts Alan's name and spells Ada Lovelace's and Anna Lee's initials.
    expect(found('al')).toEqual(['r3', 'r1', 'r5'])
  })

  it('finds nobody for nonsense and for an empty field', () => {
    expect(found('zzz')).toEqual([])
    expect(found('   ')).toEqual([])
  })

  it('keeps to the limit', () => {
    expect(searchDoor(index, 'a', 2)).toHaveLength(2)
  })
})

describe('ticketCodes', () => {
  it('reads the row key and the columns that hold the code printed on the ticket', () => {
    expect(
      ticketCodes('g-1', {
        qr_code_url: 'https://lu.ma/check-in/x?pk=g-1',
        'Unique Ticket URL': 'https://ti.to/t/abc',
        Company: 'Acme',
      }),
    ).toEqual(['g-1', 'https://lu.ma/check-in/x?pk=g-1', 'https://ti.to/t/abc'])
  })
})
