/**
 * Who wrote in the chat, and who they may be among the workspace's people (DESIGN.md §1.3 rules):
 * the same phone number (WhatsApp names members by number when the exporter has not saved them),
 * or the same name by the identity rules (`Tom B.` abbreviates `Tom Becker`), offered only when
 * exactly one person fits. Nothing is linked until the organizer says so.
 */
import type { ChatAuthorLink, ChatMessage } from '../domain/chat-schemas'
import type { Person } from '../domain/schemas'
import { isNameEvidence, nameShape, phoneKey } from '../identity/identity-keys'

export interface ChatAuthor {
  chatId: string
  authorKey: string
  /** The name the author wrote under most recently. */
  name: string
  phone: string
  messages: number
  firstAt: string
  lastAt: string
  /** The person the organizer linked, if any. */
  personId: string | null
}

export interface AuthorSuggestion {
  chatId: string
  authorKey: string
  authorName: string
  messages: number
  personId: string
  personName: string
  evidence: string
}

/** Every author of the chats, busiest first. */
export function chatAuthors(
  messages: readonly ChatMessage[],
  links: readonly ChatAuthorLink[],
): ChatAuthor[] {
  const byKey = new Map<string, ChatAuthor>()
  for (const message of messages) {
    const id = `${message.chatId}\u0000${message.authorKey}`
    const author = byKey.get(id)
    if (author === undefined) {
      byKey.set(id, {
        chatId: message.chatId,
        authorKey: message.authorKey,
        name: message.author,
        phone: message.authorPhone,
        messages: 1,
        firstAt: message.at,
        lastAt: message.at,
        personId: null,
      })
      continue
    }
    author.messages += 1
    if (message.at >= author.lastAt) {
      author.lastAt = message.at
      author.name = message.author
    }
    if (message.at < author.firstAt) author.firstAt = message.at
  }
  for (const link of links) {
    const author = byKey.get(`${link.chatId}\u0000${link.authorKey}`)
    if (author !== undefined) author.personId = link.personId
  }
  return [...byKey.values()].sort(
    (left, right) => right.messages - left.messages || left.name.localeCompare(right.name),
  )
}

/**
 * Suggestions for authors the organizer has not answered about: by phone first (a person's phone
 * from their registrations' answers), then by name when exactly one person has that name.
 */
export function suggestAuthorLinks(
  authors: readonly ChatAuthor[],
  links: readonly ChatAuthorLink[],
  people: readonly Pick<Person, 'id' | 'name'>[],
  phonesByPerson: ReadonlyMap<string, readonly string[]>,
): AuthorSuggestion[] {
  const decided = new Map(links.map((link) => [`${link.chatId}\u0000${link.authorKey}`, link]))
  const byPhone = new Map<string, string[]>()
  for (const [personId, phones] of phonesByPerson) {
    for (const phone of phones) {
      const key = phoneKey(phone)
      if (key === '') continue
      byPhone.set(key, [...(byPhone.get(key) ?? []), personId])
    }
  }
  const shapes = people.map((person) => ({ person, shape: nameShape(person.name) }))
  const names = new Map(people.map((person) => [person.id, person.name]))
  const suggestions: AuthorSuggestion[] = []
  for (const author of authors) {
    const link = decided.get(`${author.chatId}\u0000${author.authorKey}`)
    if (link?.personId != null) continue
    const dismissed = new Set(link?.dismissedPersonIds ?? [])
    const base = {
      chatId: author.chatId,
      authorKey: author.authorKey,
      authorName: author.name,
      messages: author.messages,
    }
    const phone = phoneKey(author.phone)
    const phoneMatches =
      phone === '' ? [] : [...new Set(byPhone.get(phone) ?? [])].filter((id) => !dismissed.has(id))
    if (phoneMatches.length === 1 && phoneMatches[0] !== undefined) {
      suggestions.push({
        ...base,
        personId: phoneMatches[0],
        personName: names.get(phoneMatches[0]) ?? '',
        evidence: `same phone number (${author.phone})`,
      })
      continue
    }
    const shape = nameShape(author.name)
    if (shape.key === '' || phone !== '') continue
    const nameMatches = shapes.filter(
      (candidate) => !dismissed.has(candidate.person.id) && isNameEvidence(shape, candidate.shape),
    )
    if (nameMatches.length === 1 && nameMatches[0] !== undefined) {
      const { person } = nameMatches[0]
      suggestions.push({
        ...base,
        personId: person.id,
        personName: person.name,
        evidence:
          person.name === author.name ? 'same name' : `name fits (${author.name} · ${person.name})`,
      })
    }
  }
  return suggestions
}

/** Records the organizer's answer about an author: this person, or not this person. */
export function decideAuthorLink(
  links: readonly ChatAuthorLink[],
  decision: { chatId: string; authorKey: string; personId: string; isSamePerson: boolean },
  now: Date,
): ChatAuthorLink[] {
  const current = links.find(
    (link) => link.chatId === decision.chatId && link.authorKey === decision.authorKey,
  )
  const next: ChatAuthorLink = {
    chatId: decision.chatId,
    authorKey: decision.authorKey,
    personId: decision.isSamePerson
      ? decision.personId
      : current?.personId === decision.personId
        ? null
        : (current?.personId ?? null),
    dismissedPersonIds: decision.isSamePerson
      ? (current?.dismissedPersonIds ?? []).filter((id) => id !== decision.personId)
      : [...new Set([...(current?.dismissedPersonIds ?? []), decision.personId])],
    decidedAt: now.toISOString(),
  }
  return [...links.filter((link) => link !== current), next]
}
