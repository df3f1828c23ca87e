/**
 * The door's search (issue 18: under 50 ms per keystroke at 5,000 registrations): 5,000 guests,
 * names typed one keystroke at a time (accents left out, words turned round), e-mails and scanned
 * check-in URLs, each keystroke a search as the door runs it. Beside it, its floor in the same run:
 * a bare linear scan of the same names for the lowercased text, the least any search can do.
 */
import { performance } from 'node:perf_hooks'
import { buildDoorIndex, searchDoor, type DoorCandidate } from '../src/shared/night/door-search'
import type { BenchFigure, BenchSuite } from './index'

const GUESTS = 5_000
const TYPED = 200

const FIRST = ['José', 'Zoë', 'Ada', 'Łukasz', 'Grace', 'Søren', 'Amélie', 'Linus', 'Chidi', 'Mei']
const LAST = ['Núñez', 'Lovelace', 'Hopper', 'Müller', 'Okafor', 'Kowalski', 'Tanaka', 'Ødegaard']

function guests(): DoorCandidate[] {
  return Array.from({ length: GUESTS }, (_, index) => {
    const name = `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / 7) % LAST.length]} ${index}`
    return {
      id: `r-${index}`,
      name,
      emails: [`guest.${index}@example.com`],
      codes: [`tkt-${String(index).padStart(6, '0')}`],
    }
  })
}

/** What the organizer types, keystroke by keystroke: every prefix of each text. */
function keystrokes(candidates: readonly DoorCandidate[]): string[] {
  const texts: string[] = []
  for (let index = 0; index < TYPED; index += 1) {
    const guest = candidates[(index * 97) % candidates.length]!
    const [first = '', last = ''] = guest.name.split(' ')
    if (index % 4 === 0) texts.push(guest.name)
    else if (index % 4 === 1) texts.push(`${last} ${first}`.normalize('NFD').replace(/\p{M}/gu, ''))
    else if (index % 4 === 2) texts.push(guest.emails[0] ?? '')
    else texts.push(`https://lu.ma/check-in/evt-1?pk=${guest.codes[0]}`)
  }
  return texts.flatMap((text) =>
    Array.from({ length: text.length }, (_, at) => text.slice(0, at + 1)),
  )
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN
}

const ms = (value: number): string => `${value.toFixed(3)} ms`

export const doorBench: BenchSuite = {
  name: 'door',
  description: `door search per keystroke at ${GUESTS.toLocaleString('en-US')} registrations, beside a bare linear scan of the same names`,
  run: () => {
    const candidates = guests()
    const typed = keystrokes(candidates)
    const buildStart = performance.now()
    const index = buildDoorIndex(candidates)
    const buildMs = performance.now() - buildStart
    // One pass to warm the JIT, then the measured one.
    for (const query of typed.slice(0, 500)) searchDoor(index, query)
    const search: number[] = []
    let found = 0
    for (const query of typed) {
      const start = performance.now()
      found += searchDoor(index, query).length > 0 ? 1 : 0
      search.push(performance.now() - start)
    }
    const names = candidates.map((candidate) => candidate.name.toLowerCase())
    const floor: number[] = []
    let hits = 0
    for (const query of typed) {
      const start = performance.now()
      const lowered = query.toLowerCase()
      for (const name of names) if (name.includes(lowered)) hits += 1
      floor.push(performance.now() - start)
    }
    return [
      { label: 'keystrokes searched', value: typed.length.toLocaleString('en-US') },
      { label: 'keystrokes with a match', value: found.toLocaleString('en-US') },
      { label: 'index build (once per change of list)', value: ms(buildMs) },
      { label: 'door search, median per keystroke', value: ms(percentile(search, 0.5)) },
      { label: 'door search, p95 per keystroke', value: ms(percentile(search, 0.95)) },
      { label: 'door search, slowest keystroke', value: ms(Math.max(...search)) },
      { label: 'floor: linear scan, median', value: ms(percentile(floor, 0.5)) },
      { label: 'floor: linear scan, p95', value: ms(percentile(floor, 0.95)) },
      { label: 'floor: scan hits (kept so the scan runs)', value: hits.toLocaleString('en-US') },
    ] satisfies BenchFigure[]
  },
}
