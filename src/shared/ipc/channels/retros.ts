/** The retros channels. */
export const retrosRequests = {} as const

export type RetrosResponses = Record<never, never>
