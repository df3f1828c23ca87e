/**
 * Saving the people list as a spreadsheet. The CSV is built in the renderer from the data it
 * already holds and handed to the browser's download, which Electron turns into a Save dialog:
 * no file access in the renderer and no round trip through main.
 */
import type { Event, Person, Registration } from '../../../../../shared/domain/schemas'
import { peopleToCsv } from '../../../../../shared/export/people-csv'

/** `people-2026-11-23.csv`: the organizer's local date, so a folder of exports sorts by day. */
export function peopleCsvFileName(today: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`
  return `people-${date}.csv`
}

/**
 * Downloads everyone as a formula-safe CSV, attendance as of `now` (an event that has not started
 * is not attended yet), and returns the file name it offered.
 */
export function downloadPeopleCsv(
  people: readonly Person[],
  registrations: readonly Registration[],
  events: readonly Event[],
  now: Date,
): string {
  const csv = peopleToCsv(people, registrations, events, now)
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const fileName = peopleCsvFileName(now)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has taken its copy once the click's task is over; freeing the URL any earlier
  // can cancel it in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
  return fileName
}
