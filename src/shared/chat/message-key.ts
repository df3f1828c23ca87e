/**
 * Keys for messages that have no id of their own (WhatsApp): a short hash of what a later export
 * of the same chat repeats exactly. Not a secret and not a tombstone, so a fast non-cryptographic
 * hash is enough; 64 bits (two 32-bit FNV-1a lanes) keep collisions away at millions of messages.
 */

/** Two FNV-1a 32-bit hashes with different offsets, as 16 hex digits. */
export function shortHash(text: string): string {
  let first = 0x811c9dc5
  let second = 0x01000193 ^ 0x5bd1e995
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193)
    second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 13)
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0')
}

/**
 * Gives each message a key from its content, counting repeats: the second identical "+1" by the
 * same person in the same minute is `…#1`. A later export that holds everything earlier gives the
 * same keys, because repeats are counted in file order. The time (to the minute) comes first in
 * `parts`, and repeats are only remembered within one minute, so the count stays small at any
 * file size; an export is in time order, and a clock that steps back keeps the minutes it revisits.
 */
export class ContentKeys {
  private seen = new Map<string, number>()
  private minute = ''

  constructor(private readonly prefix: string) {}

  next(parts: readonly [minute: string, ...rest: string[]]): string {
    const [minute] = parts
    if (minute > this.minute) {
      this.seen = new Map()
      this.minute = minute
    }
    const base = shortHash(parts.join('\u0000'))
    const count = this.seen.get(base) ?? 0
    this.seen.set(base, count + 1)
    return count === 0 ? `${this.prefix}${base}` : `${this.prefix}${base}#${count}`
  }
}
