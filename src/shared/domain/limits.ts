/**
 * How long the texts a person types may be: one number per field, read both by the IPC contract
 * (what a screen may send) and by the stored schemas (what a file, a workspace import or a backup
 * may hold), so an import can never bring in what the app itself would refuse to save.
 */
export const TEXT_LIMITS = {
  /** A person's notes; two people's notes together must fit for a merge (merge.ts). */
  personNotes: 20_000,
} as const

/** "20,000 characters", for messages that name a limit. */
export const describeLimit = (characters: number): string =>
  `${characters.toLocaleString('en-US')} characters`
