/** The demos channels. */
export const demosRequests = {} as const

export type DemosResponses = Record<never, never>
