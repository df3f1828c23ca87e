/**
 * The largest attendee file the app and the CLI read. Beyond it the parse, the identity pass and
 * the undo data of one import outgrow what a laptop's memory holds comfortably; a 200,000-row Luma
 * export is about 20 MB, so the limit leaves room for the largest chapters' exports with answers.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/** A size as a person reads it (`563.2 MB`, `64 MB`, `900 KB`), rounded up so it never understates. */
export function formatBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  if (megabytes >= 1) return `${Math.ceil(megabytes * 10) / 10} MB`
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`
}

/** Why a file of `size` bytes is not read: its size and the limit, in one line. */
export function tooLargeReason(size: number, maxBytes: number = MAX_IMPORT_BYTES): string {
  return `is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} an attendee file can be — split the export (for example by ticket type or date) and import the parts`
}
