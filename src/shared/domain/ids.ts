/** A random id for a new record. Uses the Web Crypto API, present in Node 20+, Electron and browsers. */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}
