/** The pipeline feature's actions. */
import type { SliceCreator } from '../../app/store-types'

export type PipelineSlice = Record<never, never>

export const createPipelineSlice: SliceCreator<PipelineSlice> = () => () => ({})
