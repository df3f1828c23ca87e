/** File names for exports: readable, sortable by date, safe on every file system. */
import type { Event } from '../domain/schemas'

/** A file-name-safe slug of a title: `AI Demo Night #15 — Local-first` → `ai-demo-night-15-local-first`. */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'event'
  )
}

/** `2026-11-22-ai-demo-night-14-agents-in-production-retro.md`: a folder of them sorts by date. */
export function retroFileName(event: Pick<Event, 'start' | 'title'>): string {
  return `${event.start.slice(0, 10)}-${slug(event.title)}-retro.md`
}

/** `review-2026-11.pdf`: a month's review, sortable beside the other months' ones. */
export function reviewFileName(month: string, extension: 'md' | 'pdf'): string {
  return `review-${month}.${extension}`
}
