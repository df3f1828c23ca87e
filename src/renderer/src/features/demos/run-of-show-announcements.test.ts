import type { Active, Over } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { runOfShowAnnouncements } from './run-of-show-announcements'

const TITLES: Record<string, string> = {
  'id-a': 'Demo A',
  'id-b': 'Demo B',
  'id-x': 'Demo X',
  'id-d': 'Demo D',
  'id-e': 'Demo E',
  'id-f': 'Demo F',
}
const IDS = Object.keys(TITLES)
const item = (id: string) => ({ id }) as unknown as Active & Over

describe('run-of-show announcements', () => {
  const announcements = runOfShowAnnouncements(IDS, (id) => TITLES[id] ?? 'A demo')

  it('names the demo and its new position when it is dropped, never the ids', () => {
    const said = announcements.onDragEnd({ active: item('id-a'), over: item('id-x') })
    expect(said).toBe('Run-of-show: Demo A moved to position 3 of 6.')
    expect(said).not.toMatch(/id-/)
  })

  it('says where the demo is picked up, over and put back', () => {
    expect(announcements.onDragStart({ active: item('id-x') })).toBe(
      'Run-of-show: picked up Demo X at position 3 of 6.',
    )
    expect(announcements.onDragOver({ active: item('id-x'), over: item('id-f') })).toBe(
      'Run-of-show: Demo X is over position 6 of 6.',
    )
    expect(announcements.onDragEnd({ active: item('id-x'), over: null })).toBe(
      'Run-of-show: Demo X was put back at position 3 of 6.',
    )
    expect(announcements.onDragCancel({ active: item('id-x'), over: null })).toBe(
      'Run-of-show: moving Demo X was cancelled; it stays at position 3 of 6.',
    )
  })
})
