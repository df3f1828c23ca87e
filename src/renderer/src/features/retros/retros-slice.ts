/** The retros feature's actions. */
import type { SliceCreator } from '../../app/store-types'

export type RetrosSlice = Record<never, never>

export const createRetrosSlice: SliceCreator<RetrosSlice> = () => () => ({})
