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
    expect(runJson(['zoom-webinar-report.csv=Webinar'])).toEqual({
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
    expect(report.files.map((file: { event: string }) => file.event)).toEqual([
      'Jan',
      'Jan',
      'eventbrite-us.csv',
      'Mar',
    ])
    // The re-import of Jan updates instead of duplicating: still 3 checked in. Mar is the same
    // file again, so all 3 of its attendees were at Jan: 3 / 3.
    expect(report.events).toEqual([
      {
        event: 'Jan',
        attendees: 3,
        estimated: false,
        returning: 0,
        firstTimers: 3,
        returningBuilderRate: 0,
      },
      {
        event: 'eventbrite-us.csv',
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
      { event: 'luma-2026.csv', estimated: true },
      { event: 'meetup-rsvps.csv', estimated: true },
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
    expect(text).toMatch(/Jan\s+3\s+0\s+3\s+0%/)
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

describe('parseFileArgument', () => {
  it.each([
    ['a.csv', { path: 'a.csv', title: 'a.csv' }],
    ['a.csv=Meetup #3', { path: 'a.csv', title: 'Meetup #3' }],
    ['a.csv=x=y', { path: 'a.csv', title: 'x=y' }],
    ['a.csv=', { path: 'a.csv', title: 'a.csv' }],
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
