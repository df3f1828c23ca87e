import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeReadFailure, InputRefused, readInputFile } from './read-input'

let folder = ''
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'devrel-read-input-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

function refusal(read: () => unknown): string {
  try {
    read()
  } catch (error) {
    return describeReadFailure(error)
  }
  throw new Error('the read was not refused')
}

describe('readInputFile', () => {
  it('reads a regular file', () => {
    const path = join(folder, 'a.csv')
    writeFileSync(path, 'name\nAna\n')
    expect(new TextDecoder().decode(readInputFile(path))).toBe('name\nAna\n')
  })

  it('refuses a file past the limit, saying its size and the limit, without reading it', () => {
    const path = join(folder, 'big.csv')
    writeFileSync(path, 'x'.repeat(3 * 1024))
    expect(refusal(() => readInputFile(path, 2 * 1024))).toBe(
      'is 3 KB, larger than the 2 KB an attendee file can be — split the export (for example by ticket type or date) and import the parts',
    )
  })

  it.each([['/dev/zero'], ['/dev/null']])('refuses the device %s as not a regular file', (path) => {
    expect(() => readInputFile(path)).toThrow(InputRefused)
    expect(refusal(() => readInputFile(path))).toBe(
      'is not a regular file (a device, a pipe or a socket); give a CSV file',
    )
  })

  it('says a folder is a folder', () => {
    expect(refusal(() => readInputFile(folder))).toBe('is a folder, not a file')
  })

  it('says a missing file is missing', () => {
    expect(refusal(() => readInputFile(join(folder, 'nowhere.csv')))).toBe('no such file')
  })
})
