import { describe, expect, it } from 'vitest'
import { readFixture } from '../../tests/fixtures/csv/read-fixture'
import { analyzeCommand, parseFileArgument } from './analyze-command'
import type { CliIo } from './index'

interface Captured {
  code: number
  stdout: string[]
  stderr: string[]
}

function run(args: string[]): Captured {
  const stdout: string[] = []
  const stderr: string[] = []
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: (path) => {
      if (path.startsWith('missing')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return readFixture(path)
    },
  }
  const code = analyzeCommand.run(args, io)
  if (typeof code !== 'number') throw new Error('analyze runs synchronously')
  return { code, stdout, stderr }
}

function runJson(args: string[]): ReturnType<typeof JSON.parse> {
  const result = run(['--json', ...args])
  expect(result.code).toBe(0)
  expect(result.stderr).toEqual([])
  return JSON.parse(result.stdout[0] ?? '')
}

describe('analyze command', () => {
  it('prints exactly the documented JSON for a Zoom report (rows = the attendee section)', () => {
    expect(runJson(['zoom-webinar-report.csv=Webinar'])).toMatchObject({
      files: [
        {
          path: 'zoom-webinar-report.csv',
          platform: 'zoom',
          event: 'Webinar',
          // Four records in the attendee section; the rejoin is one person, so three e-mails.
          rows: 4,
          rowsWithoutEmail: 0,
          distinctEmails: 3,
          attendedRows: 2,
          attendedDistinctEmails: 2,
          problems: [],
        },
      ],
      events: [
        {
          event: 'Webinar',
          // The report's own "Actual Start Time", in the event's zone.
          date: '2026-03-01',
          dateEvidence: 'From the report’s start time, 1 Mar 2026',
          registered: 3,
          attended: 2,
          unconfirmedMatches: 0,
          attendees: 2,
          estimated: false,
          returning: 0,
          firstTimers: 2,
          returningBuilderRate: 0,
        },
      ],
      people: 3,
      distinctEmails: 3,
    })
  })

  it('makes files naming the same title one event, and counts returning people in order', () => {
    const report = runJson([
      'luma-old.csv=Jan',
      'luma-old.csv=Jan',
      'eventbrite-us.csv',
      'luma-old.csv=Mar',
    ])
    // Without a title, the night is named from the file name.
    expect(report.files.map((file: { event: string }) => file.event)).toEqual([
      'Jan',
      'Jan',
      'Eventbrite Us',
      'Mar',
    ])
    // The re-import of Jan updates instead of duplicating: still 3 checked in. Mar is the same
    // file again, so all 3 of its attendees were at Jan: 3 / 3.
    expect(report.events).toMatchObject([
      {
        event: 'Jan',
        attendees: 3,
        estimated: false,
        returning: 0,
        firstTimers: 3,
        returningBuilderRate: 0,
      },
      {
        event: 'Eventbrite Us',
        attendees: 2,
        estimated: false,
        returning: 0,
        firstTimers: 2,
        returningBuilderRate: 0,
      },
      {
        event: 'Mar',
        attendees: 3,
        estimated: false,
        returning: 3,
        firstTimers: 0,
        returningBuilderRate: 1,
      },
    ])
  })

  it('marks files without check-in data null and their events estimated', () => {
    const report = runJson(['luma-2026.csv', 'meetup-rsvps.csv'])
    expect(report.files).toMatchObject([
      { platform: 'luma', rows: 4, attendedRows: null, attendedDistinctEmails: null },
      // Meetup exports have no e-mail column at all.
      { platform: 'meetup', rows: 4, rowsWithoutEmail: 4, distinctEmails: 0, attendedRows: null },
    ])
    expect(report.events).toMatchObject([
      { event: 'Luma 2026', estimated: true },
      { event: 'Meetup', estimated: true },
    ])
  })

  it('lists a file’s problems by line', () => {
    const report = runJson(['ragged-rows.csv'])
    expect(report.files[0].problems).toEqual([
      { line: 3, message: 'has 5 cells but the header has 3 columns; the row was skipped' },
      { line: 4, message: 'has 1 cell but the header has 3 columns; the row was skipped' },
    ])
  })

  it('prints a readable table without --json', () => {
    const result = run(['luma-old.csv=Jan', 'luma-2026.csv=Feb'])
    expect(result.code).toBe(0)
    const text = result.stdout[0] ?? ''
    expect(text).toContain('Events (oldest first)')
    expect(text).toMatch(/Jan\s+\S+\s+\d+\s+\d+\s+3\s+0\s+3\s+0%/)
    expect(text).toContain('(estimated)')
  })

  it.each([
    [
      'png-renamed.csv',
      'devrel-os analyze: png-renamed.csv: looks like a PNG image, not a CSV file',
    ],
    ['missing.csv', 'devrel-os analyze: missing.csv: no such file'],
  ])('refuses %s with one line and a non-zero exit', (file, message) => {
    const result = run(['luma-old.csv', file])
    expect(result.code).toBe(1)
    expect(result.stdout).toEqual([])
    expect(result.stderr).toEqual([message])
  })

  it('exits 2 with usage when no file is given or an option is unknown', () => {
    expect(run([]).code).toBe(2)
    expect(run(['--csv', 'luma-old.csv']).code).toBe(2)
  })
})

describe('analyze reads the night from the file', () => {
  it('dates and names a Luma night from its check-ins and file name', () => {
    const report = runJson(['ai-demo-night-berlin-guests-2026-03-20-09-12-44.csv'])
    // By hand: 12 guests, 9 with a check-in time on 19 Mar, all approved (going).
    expect(report.events).toMatchObject([
      {
        event: 'AI Demo Night Berlin',
        date: '2026-03-19',
        dateEvidence: 'From 9 check-in times on 19 Mar 2026',
        registered: 12,
        going: 12,
        attended: 9,
        unconfirmedMatches: 0,
      },
    ])
  })

  it('counts a cross-posted night in people, with its name matches unconfirmed', () => {
    const report = runJson(['crosspost-eventbrite.csv=Lisbon', 'crosspost-meetup.csv=Lisbon'])
    // By hand: 8 Eventbrite attendees + Chris D. (two candidates), Lena M. and Pedro A. = 11;
    // Pedro said no; 6 checked in on Eventbrite; Tom B., Ana S., Maria C. and Sam Lee matched.
    expect(report.events).toMatchObject([
      { event: 'Lisbon', registered: 11, going: 10, attended: 6, unconfirmedMatches: 4 },
    ])
    expect(report.people).toBe(11)
  })

  it('asks for nothing and invents no date for a form: the date is null, with the reason', () => {
    const report = runJson(['google-forms-responses.csv'])
    expect(report.events[0]).toMatchObject({ date: null })
    expect(report.events[0].dateEvidence).toContain('no check-in or start times')
  })
})

describe('parseFileArgument', () => {
  it.each([
    ['a.csv', { path: 'a.csv', title: null }],
    ['a.csv=Meetup #3', { path: 'a.csv', title: 'Meetup #3' }],
    ['a.csv=x=y', { path: 'a.csv', title: 'x=y' }],
    ['a.csv=', { path: 'a.csv', title: null }],
  ])('%s', (argument, expected) => {
    expect(parseFileArgument(argument)).toEqual(expected)
  })

  it('adds first-time → demo conversion and repeat speakers when speaker lists are given', () => {
    const report = runJson([
      'luma-old.csv=Night',
      'luma-2026.csv=Later',
      '--demos',
      'speakers-night.csv=Night',
      '--demos',
      'speakers-later.csv=Later',
    ])
    // First-timers: Ada, Katherine, Margaret (checked in at Night) and Ravi, Sofia (going at
    // Later, estimated). Ada and Katherine presented: 2 of 5. Ada presented twice: 1 of 2.
    expect(report.metrics).toEqual({
      firstTimeToDemoConversion: 0.4,
      repeatSpeakerRate: 0.5,
      returningBuilderRateTrend: [0, 0],
    })
    expect(report.people).toBe(runJson(['luma-old.csv=Night', 'luma-2026.csv=Later']).people)
  })

  it('refuses a speaker list for an event no attendee file names', () => {
    const result = run(['luma-old.csv=Night', '--demos', 'speakers-later.csv=Elsewhere'])
    expect(result.code).toBe(1)
    expect(result.stderr).toEqual([
      'devrel-os analyze: speakers-later.csv: no attendee file names the event “Elsewhere”',
    ])
  })
})
