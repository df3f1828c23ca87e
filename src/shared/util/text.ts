/** Small text helpers shared by messages and labels. */

/** The first letter upper-case: a reason written for the middle of a sentence, as a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
