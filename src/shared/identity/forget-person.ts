/**
 * The rest of a deletion at someone's request (DESIGN.md §1.3): besides their person record and
 * registrations, their card on the speaker pipeline, the follow-ups with their answers, the
 * intros naming them, their door check-ins and the retro picks of them go too. Demos stay (a title is not personal
 * data) but no longer point at anyone known.
 */
import type { Board } from '../domain/board-schemas'
import type { Journal } from '../domain/journal-schemas'

export function forgetPerson(
  board: Board,
  journal: Journal,
  personId: string,
): { board: Board; journal: Journal } {
  const cardIds = new Set(
    board.cards.filter((card) => card.personId === personId).map((card) => card.id),
  )
  return {
    board: {
      columns: board.columns.map((column) =>
        column.cardIds.some((id) => cardIds.has(id))
          ? { ...column, cardIds: column.cardIds.filter((id) => !cardIds.has(id)) }
          : column,
      ),
      cards: board.cards.filter((card) => !cardIds.has(card.id)),
    },
    journal: {
      ...journal,
      followUps: journal.followUps.filter((followUp) => followUp.personId !== personId),
      intros: journal.intros.filter((intro) => !intro.personIds.includes(personId)),
      // When and how they came through the door is about them too.
      doorLog: journal.doorLog.filter((entry) => entry.personId !== personId),
      retros: journal.retros.map((retro) => ({
        ...retro,
        inviteNext: retro.inviteNext.filter((id) => id !== personId),
        followUpPicks: retro.followUpPicks.filter((pick) => pick.personId !== personId),
      })),
    },
  }
}
