/**
 * Words as the pulse compares them: folded (case, accents), split on anything not a letter or
 * digit, common words dropped, a plain plural or -ing ending taken off ("parking" → "park"). Small
 * and explainable on purpose: the organizer can see which words made two messages alike.
 */
import { foldText } from '../identity/identity-keys'

const STOPWORDS = new Set(
  (
    'a an the and or but if then so to of in on at by for with from into about as is are was were be been being ' +
    'do does did doing have has had i me my we us our you your he him his she her it its they them their this that ' +
    'these those there here what which who whom whose when where why how any anyone anybody some someone all can could ' +
    'would should will shall may might must not no yes just also too very really still again ever get got go going ' +
    'one thing know think like want need please thanks thank hi hello hey ok okay guys everyone folks time today tomorrow'
  ).split(' '),
)

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3)
  if (word.length > 4 && word.endsWith('es') && !word.endsWith('ses')) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/** Every word of a text, folded, in order (stopwords kept): for finding names and titles. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** The words that carry a text's meaning, as a set: for similarity. */
export function meaningWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const word of foldedWords(text)) {
    if (word.length < 3 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue
    words.add(stem(word))
  }
  return words
}

/** Token-set Jaccard: shared words over all words of the two; 1 for the same words. */
export function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared += 1
  return shared / (left.size + right.size - shared)
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word)
}
