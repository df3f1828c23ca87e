import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../tests/fixtures/csv/read-fixture'
import { parseTable } from './parse'
import {
  eventMatchingEvidence,
  farFromEvidenceWarning,
  fileNameStamp,
  proposeNight,
  proposeNightForFile,
  readStamp,
  titleFromFileName,
} from './night-evidence'

function proposalFor(fixture: string, fileName = fixture, timeZone = 'Europe/Berlin') {
  const bytes = readFixture(fixture)
  const parsed = parseTable(bytes)
  if (!parsed.ok) throw new Error(parsed.reason)
  return proposeNightForFile(bytes, parsed.table, fileName, timeZone)
}

describe('readStamp', () => {
  it.each([
    ['2026-03-19T18:05:00.000Z', '2026-03-19T18:05:00.000Z'],
    ['2026-05-20 18:31:00 +0100', '2026-05-20T17:31:00.000Z'],
    ['2026-11-29T22:28:00-08:00', '2026-11-30T06:28:00.000Z'],
  ])('%s is the instant %s', (cell, instant) => {
    const stamp = readStamp(cell)
    expect(stamp?.kind === 'instant' && stamp.at.toISOString()).toBe(instant)
  })

  it.each([
    ['2026-08-20 19:06', '2026-08-20'],
    ['11/29/24 22:28', '2024-11-29'],
    ['03/14/2026', '2026-03-14'],
    ['8/31/2023 19:08:16', '2023-08-31'],
    ['20.08.2026 19:06', '2026-08-20'],
    ['Mar 1, 2026 05:01 PM', '2026-03-01'],
  ])('%s is the wall-clock day %s', (cell, day) => {
    expect(readStamp(cell)).toEqual({ kind: 'local', date: day })
  })

  it.each(['', '--', 'Yes', 'Checked In', '13/45/2026', '2026-02-30', '12,50'])(
    '%j is no stamp',
    (cell) => expect(readStamp(cell)).toBeNull(),
  )
})

describe('the night from a file name', () => {
  it.each([
    ['ai-demo-night-berlin-guests-2026-03-19-10-23-45.csv', 'AI Demo Night Berlin', '2026-03-19'],
    ['AI Demo Night #14 - Guests - 2026-03-19-10-23-45.csv', 'AI Demo Night #14', '2026-03-19'],
    ['Attendee report - Rust Meetup Lisbon.csv', 'Rust Meetup Lisbon', null],
    ['export_20260412.csv', '', '2026-04-12'],
    ['Form Responses 1.csv', '', null],
    ['october-night.csv', 'October Night', null],
  ])('%s → “%s”, stamp %s', (fileName, title, stamp) => {
    expect(titleFromFileName(fileName)).toBe(title)
    expect(fileNameStamp(fileName)).toBe(stamp)
  })
})

describe('proposeNight', () => {
  const header = ['guest_id', 'name', 'email', 'created_at', 'approval_status', 'checked_in_at']
  const guest = (checkedInAt: string, createdAt = '2026-03-01T09:00:00.000Z') => ({
    cells: ['g', 'Ada', 'ada@example.com', createdAt, 'approved', checkedInAt],
  })

  it('takes the day most check-ins name, in the event’s zone, and says so', () => {
    // 23:30 UTC on 19 Mar is 00:30 on 20 Mar in Berlin: the late arrival belongs to the 20th there.
    const records = [
      ...Array.from({ length: 30 }, () => guest('2026-03-19T17:45:00.000Z')),
      guest('2026-03-19T23:30:00.000Z'),
      guest(''),
    ]
    const proposal = proposeNight({
      fileName: 'ai-demo-night-berlin-guests-2026-03-21-10-23-45.csv',
      header,
      records,
      timeZone: 'Europe/Berlin',
    })
    expect(proposal).toEqual({
      date: '2026-03-19',
      kind: 'check-in',
      evidence: 'from 30 check-in times on 19 Mar 2026 (1 on other days)',
      title: 'AI Demo Night Berlin',
    })
  })

  it('falls back on the export stamp when nobody checked in', () => {
    const proposal = proposeNight({
      fileName: 'ai-demo-night-berlin-guests-2026-03-19-10-23-45.csv',
      header,
      records: [guest(''), guest('')],
      timeZone: 'Europe/Berlin',
    })
    expect(proposal.date).toBe('2026-03-19')
    expect(proposal.kind).toBe('export-stamp')
    expect(proposal.evidence).toContain('export date in the file name, 19 Mar 2026')
  })

  it('never fills the date from registration times alone: the organizer is asked', () => {
    const proposal = proposeNight({
      fileName: 'night.csv',
      header,
      records: [guest('', '2026-03-01T09:00:00.000Z'), guest('', '2026-03-18T09:00:00.000Z')],
      timeZone: 'UTC',
    })
    expect(proposal.date).toBeNull()
    expect(proposal.kind).toBe('registration')
    expect(proposal.evidence).toContain('on or after 18 Mar 2026')
  })

  it('a form has no night in it: no date, and no silent today', () => {
    const proposal = proposalFor('google-forms-responses.csv')
    expect(proposal.date).toBeNull()
  })

  it.each([
    // Zoom: the report's own "Actual Start Time", and its topic as the title.
    ['zoom-webinar-report.csv', '2026-03-01', 'start', 'DevRel OS Launch Webinar'],
    // pretix: one ticket checked in on 20 Aug (a wall-clock time, read as written).
    ['pretix-semicolon.csv', '2026-08-20', 'check-in', 'Pretix Semicolon'],
    // Tito: the check-in list's times.
    ['tito-tickets.csv', '2026-05-20', 'check-in', 'Tito'],
    // Eventbrite: no times of the night at all; order dates only hint.
    ['eventbrite-us.csv', null, 'registration', 'Eventbrite Us'],
  ])('%s → %s from %s', (fixture, date, kind, title) => {
    const proposal = proposalFor(fixture)
    expect(proposal.date).toBe(date)
    expect(proposal.kind).toBe(kind)
    expect(proposal.title).toBe(title)
  })
})

describe('a chosen event far from the evidence', () => {
  const proposal = {
    date: '2026-03-19',
    kind: 'check-in' as const,
    evidence: 'from 30 check-in times on 19 Mar 2026',
    title: 'AI Demo Night Berlin',
  }
  const night = (title: string, day: string) => ({ title, start: `${day}T18:30` })

  it('warns with both dates and the distance', () => {
    expect(farFromEvidenceWarning(night('Lisbon #3', '2026-11-12'), proposal)).toBe(
      'The file points to 19 Mar 2026 (30 check-in times on 19 Mar 2026), but “Lisbon #3” is on 12 Nov 2026, 238 days away. Check this is the right event.',
    )
  })

  it.each(['2026-03-19', '2026-03-16', '2026-03-22'])('is quiet for a night on %s', (day) => {
    expect(farFromEvidenceWarning(night('Berlin #9', day), proposal)).toBeNull()
  })

  it('offers only an event within three days of the evidence', () => {
    const events = [night('Far', '2026-11-12'), night('Close', '2026-03-18')]
    expect(eventMatchingEvidence(events, proposal)?.title).toBe('Close')
    expect(eventMatchingEvidence([night('Far', '2026-11-12')], proposal)).toBeNull()
  })
})
