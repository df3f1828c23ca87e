/** The review channels. */
export const reviewRequests = {} as const

export type ReviewResponses = Record<never, never>
