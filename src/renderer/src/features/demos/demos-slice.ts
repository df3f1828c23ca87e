/** The demos feature's actions. */
import type { SliceCreator } from '../../app/store-types'

export type DemosSlice = Record<never, never>

export const createDemosSlice: SliceCreator<DemosSlice> = () => () => ({})
