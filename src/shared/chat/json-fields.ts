/** Reading untyped JSON without trusting it: each accessor returns a safe default. */

export type JsonRecord = Record<string, unknown>

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function stringField(record: JsonRecord, name: string): string {
  const value = record[name]
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

export function arrayField(record: JsonRecord, name: string): unknown[] {
  const value = record[name]
  return Array.isArray(value) ? value : []
}

export function recordField(record: JsonRecord, name: string): JsonRecord {
  const value = record[name]
  return isRecord(value) ? value : {}
}

/** An ISO instant from a date string with an offset or `Z`, or null when it is none. */
export function instantFromIso(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text))
    return null
  const time = Date.parse(text)
  return Number.isFinite(time) ? new Date(time).toISOString() : null
}

/** An ISO instant from Unix seconds (`"1709665331"` or Slack's `"1709665331.000200"`). */
export function instantFromUnixSeconds(text: string): string | null {
  if (!/^\d{1,12}(\.\d+)?$/.test(text)) return null
  const time = Number(text) * 1000
  if (!Number.isFinite(time) || time > 8.64e15) return null
  return new Date(Math.floor(time / 1000) * 1000).toISOString()
}

/** `2024-03-05T19:02:11` (a wall clock without zone), or null. */
export function wallTime(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})$/.exec(text)
  return match === null ? null : `${match[1]}T${match[2]}`
}
