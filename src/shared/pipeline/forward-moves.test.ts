import { describe, expect, it } from 'vitest'
import { DEFAULT_BOARD } from '../domain/board-schemas'
import { makeEvent } from '../testing/factories'
import { currentCycle } from './forward-moves'

const now = new Date('2026-11-10T12:00:00.000Z')

describe('the current cycle', () => {
  it('is not behind before any event has ended: an empty workspace is not a warning', () => {
    expect(currentCycle([], DEFAULT_BOARD, now)).toEqual({
      since: null,
      forwardMoves: 0,
      isBelowTarget: false,
    })
  })

  it('is behind with fewer than three forward moves once an event has ended', () => {
    const ended = makeEvent({ id: 'e1' })
    expect(currentCycle([ended], DEFAULT_BOARD, now)).toMatchObject({
      since: ended,
      isBelowTarget: true,
    })
  })
})
