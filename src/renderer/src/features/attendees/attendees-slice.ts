/** The attendees feature's actions. */
import type { SliceCreator } from '../../app/store-types'

export type AttendeesSlice = Record<never, never>

export const createAttendeesSlice: SliceCreator<AttendeesSlice> = () => () => ({})
