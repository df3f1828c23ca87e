import { describe, expect, it } from 'vitest'
import type { ImportRecord, NightLink } from '../../../../shared/schema/workspace'
import { byImport, eventNightLinks, nightLinksOfRegistrations } from './night-links-view'

const link = (
  registrationId: string,
  personId: string,
  rowName: string,
  undoneAt: string | null = null,
): NightLink => ({
  registrationId,
  personId,
  rowName,
  rowEmail: '',
  platformPersonId: '',
  nameBefore: null,
  learnedEmail: '',
  learnedPlatformId: '',
  evidence: [`Meetup name “${rowName}” abbreviates a name on the Eventbrite list`],
  undoneAt,
  splitPersonId: undoneAt === null ? null : `split-${registrationId}`,
})

const record = (
  id: string,
  eventId: string,
  nightLinks: NightLink[],
  undoneAt: string | null = null,
): ImportRecord => ({
  id,
  eventId,
  fileName: `${id}.csv`,
  platform: 'meetup',
  importedAt: '2026-03-20T09:00:00.000Z',
  rowCount: nightLinks.length,
  undo: null,
  undoneAt,
  nightLinks,
})

const AT = '2026-03-20T10:00:00.000Z'
const imports: ImportRecord[] = [
  // The Eventbrite list of night e1, from before links: nothing to show.
  { ...record('eventbrite', 'e1', []), platform: 'eventbrite', nightLinks: undefined },
  record('meetup', 'e1', [link('r-tom', 'p-tom', 'Tom B.'), link('r-ana', 'p-ana', 'Ana S.', AT)]),
  record('luma', 'e1', [link('r-sam', 'p-sam', 'Sam L.')]),
  record('undone', 'e1', [link('r-gone', 'p-gone', 'Gone G.')], AT),
  record('other-night', 'e2', [link('r-tom-2', 'p-tom', 'Tom B.')]),
]

describe('a night’s name links, outside the import report', () => {
  it('lists every link of the night’s standing imports, linked or kept apart, not undone ones', () => {
    expect(
      eventNightLinks(imports, 'e1').map(({ importId, link, isApart }) => [
        importId,
        link.rowName,
        isApart,
      ]),
    ).toEqual([
      ['meetup', 'Tom B.', false],
      ['meetup', 'Ana S.', true],
      ['luma', 'Sam L.', false],
    ])
    expect(eventNightLinks(imports, 'e3')).toEqual([])
  })

  it('groups the chosen links by import, as the channel takes them', () => {
    expect(byImport(eventNightLinks(imports, 'e1').filter((entry) => !entry.isApart))).toEqual(
      new Map([
        ['meetup', ['r-tom']],
        ['luma', ['r-sam']],
      ]),
    )
  })

  it('marks a person’s nights where a row was linked to them, by their registrations', () => {
    const marks = nightLinksOfRegistrations(imports, [
      { id: 'r-tom' },
      { id: 'r-tom-2' },
      { id: 'r-ana' },
    ])
    expect([...marks.keys()]).toEqual(['e1', 'e2'])
    expect(marks.get('e1')?.map((entry) => entry.link.rowName)).toEqual(['Tom B.'])
    expect(nightLinksOfRegistrations(imports, [{ id: 'r-gone' }]).size).toBe(0)
  })
})
