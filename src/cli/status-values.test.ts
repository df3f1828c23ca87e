/**
 * `inspect` and `analyze` read status values with the same rules as the app's import: the RSVP
 * question found by its answers, "No" and "Maybe" never going, an odd value unknown.
 */
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../tests/fixtures/csv/read-fixture'
import { analyzeCommand } from './analyze-command'
import type { CliIo } from './index'
import { inspectCommand } from './inspect-command'

function run(command: typeof analyzeCommand, args: string[]): string {
  const stdout: string[] = []
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => {
      throw new Error(text)
    },
    readFile: (path) => readFixture(path),
  }
  expect(command.run(args, io)).toBe(0)
  return stdout.join('\n')
}

describe('status values in the CLI', () => {
  it('inspect prints the value table of the RSVP question, the odd value flagged', () => {
    const text = run(inspectCommand, ['google-forms-rsvp.csv'])
    expect(text).toContain(
      [
        '  Status      going 10 · maybe 3 · declined 3 · unknown 1',
        '  Values      of “Will you attend in person?”, read as:',
        '    “Yes”                                 10 rows  → going',
        '    “Maybe”                                4 rows  → maybe',
        '    “No, online only”                      3 rows  → not going',
        '    “Only if the talks are not recorded”    1 row  → unknown',
        '              ! 1 row with a value the importer cannot read: unknown, never counted as going',
      ].join('\n'),
    )
  })

  it('inspect --json carries the value table', () => {
    const report = JSON.parse(run(inspectCommand, ['--json', 'google-forms-rsvp.csv']))
    expect(report.statusValues).toMatchObject({
      column: 'Will you attend in person?',
      unknownRows: 1,
    })
    expect(report.statusValues.values).toHaveLength(4)
  })

  it('analyze counts going and maybe by the same reading', () => {
    const report = JSON.parse(run(analyzeCommand, ['--json', 'google-forms-rsvp.csv=RSVP night']))
    expect(report.events[0]).toMatchObject({ registered: 17, going: 10, maybe: 3 })
  })
})
