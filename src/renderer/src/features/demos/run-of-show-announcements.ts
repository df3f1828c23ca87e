/**
 * What a screen reader hears while a demo is moved in the run of show: the demo's title and its
 * place in the running order ("Run-of-show: Demo X moved to position 3 of 6"), never the
 * drag library's ids.
 */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core'

export const RUN_OF_SHOW_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this demo in the running order, press Space, then the up and down arrow keys. Space drops it, Escape cancels.',
}

/** Announcements for the run of show: `ids` in running order, `titleOf` names a demo by its id. */
export function runOfShowAnnouncements(
  ids: readonly string[],
  titleOf: (id: string) => string,
): Announcements {
  const title = (id: UniqueIdentifier) => titleOf(String(id))
  const position = (id: UniqueIdentifier | undefined) =>
    `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`
  return {
    onDragStart: ({ active }) =>
      `Run-of-show: picked up ${title(active.id)} at ${position(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over === null
        ? `Run-of-show: ${title(active.id)} is outside the list.`
        : `Run-of-show: ${title(active.id)} is over ${position(over.id)}.`,
    onDragEnd: ({ active, over }) =>
      over === null
        ? `Run-of-show: ${title(active.id)} was put back at ${position(active.id)}.`
        : `Run-of-show: ${title(active.id)} moved to ${position(over.id)}.`,
    onDragCancel: ({ active }) =>
      `Run-of-show: moving ${title(active.id)} was cancelled; it stays at ${position(active.id)}.`,
  }
}
