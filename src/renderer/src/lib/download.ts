/**
 * Saving text as a file: the browser's download, which Electron turns into a Save dialog, so the
 * renderer needs no file access and nothing round-trips through main.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has its copy once the click's task is over; revoking earlier can cancel it.
  window.setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** `2026-11-23`: the organizer's local date, so a folder of exports sorts by day. */
export function localDateStamp(today: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`
}

export { slug } from '../../../shared/export/file-names'
