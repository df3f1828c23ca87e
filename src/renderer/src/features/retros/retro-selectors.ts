/** Named selectors for the retro card: each returns one stable value, so a part re-renders only for its own data. */
import type { AppState } from '../../app/store-types'

export const selectRetroOf =
  (eventId: string) =>
  (state: AppState): AppState['retros'][number] | undefined =>
    state.retros.find((entry) => entry.eventId === eventId)

export const selectBoardCards = (state: AppState): AppState['board']['cards'] => state.board.cards
export const selectPeople = (state: AppState): AppState['people'] => state.people
export const selectRegistrations = (state: AppState): AppState['registrations'] =>
  state.registrations
