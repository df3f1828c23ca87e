/** The devrel feature's actions. */
import type { SliceCreator } from '../../app/store-types'

export type DevrelSlice = Record<never, never>

export const createDevrelSlice: SliceCreator<DevrelSlice> = () => () => ({})
