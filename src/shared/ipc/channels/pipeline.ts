/** The pipeline channels. */
export const pipelineRequests = {} as const

export type PipelineResponses = Record<never, never>
