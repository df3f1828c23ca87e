/**
 * A small seeded pseudo-random generator, so that sample data is varied yet the same on every run
 * (and in every test). Not for anything security-related.
 */

export interface SeededRandom {
  /** A number in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with probability `probability`. */
  chance: (probability: number) => boolean
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T
  /** The index of one weight, chosen in proportion to the weights. */
  weightedIndex: (weights: readonly number[]) => number
  /** A string of `length` characters drawn from `alphabet`. */
  token: (length: number, alphabet: string) => string
}

/** The mulberry32 generator: 32 bits of state, fast, and good enough for fake data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** A seeded generator with the helpers sample data needs. */
export function createSeededRandom(seed: number): SeededRandom {
  const next = mulberry32(seed)
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('Cannot pick from an empty list')
    return item
  }
  const weightedIndex = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    let remaining = next() * total
    for (const [index, weight] of weights.entries()) {
      remaining -= weight
      if (remaining < 0) return index
    }
    return weights.length - 1
  }
  const token = (length: number, alphabet: string): string => {
    let result = ''
    for (let index = 0; index < length; index += 1) result += alphabet[int(0, alphabet.length - 1)]
    return result
  }
  return { next, int, chance: (probability) => next() < probability, pick, weightedIndex, token }
}
