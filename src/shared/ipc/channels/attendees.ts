/** The attendees channels. */
export const attendeesRequests = {} as const

export type AttendeesResponses = Record<never, never>
