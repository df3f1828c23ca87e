import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { editMenu } from './app-menu'

const labels = (menu: MenuItemConstructorOptions) =>
  (menu.submenu as MenuItemConstructorOptions[])
    .slice(0, 2)
    .map((item) => [item.label, item.enabled])

describe('the Edit menu', () => {
  const send = () => () => undefined

  it('names what Undo and Redo will do', () => {
    const menu = editMenu(send, {
      undo: { id: 4, label: 'Move Ada Lovelace to Quiet killers' },
      redo: { id: 5, label: 'Mark Spring night done' },
    })
    expect(labels(menu)).toEqual([
      ['Undo Move Ada Lovelace to Quiet killers', true],
      ['Redo Mark Spring night done', true],
    ])
  })

  it('is greyed out with nothing to undo or redo, and cuts a long name', () => {
    const menu = editMenu(send, {
      undo: { id: 1, label: `Import 40 people into ${'A very long night title '.repeat(4)}` },
      redo: null,
    })
    const [undo, redo] = labels(menu)
    expect(undo?.[0]).toHaveLength(60)
    expect(undo?.[0]).toMatch(/^Undo Import 40 people into A very long .*…$/)
    expect(redo).toEqual(['Redo', false])
  })
})
