/**
 * WhatsApp's "Export chat" text (`_chat.txt`, `WhatsApp Chat with X.txt`): one message per header
 * line, continuation lines for multi-line messages. The layout follows the phone, not a standard:
 *
 *   Android  `31/12/2023, 21:15 - Alice: Hello`          `12/31/23, 9:15 PM - Alice: Hello`
 *   iOS      `[31/12/2023, 21:15:42] Alice: Hello`       `[12/31/23, 9:15:42 PM] Alice: Hello`
 *
 * with `.` or `-` as date separators in some locales, `2023-12-31` in others, a narrow no-break
 * space before AM/PM on newer phones, and left-to-right marks before iOS attachments and notices.
 * Which of `1/2/24`'s numbers is the day is decided from the whole file (`decideDateOrder`).
 */
import { isExists } from 'date-fns'
import { ContentKeys } from './message-key'
import type { ChatMessageKind, DateOrderDecision, ParsedChat, ParsedChatMessage } from './types'

const DATE = String.raw`(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})`
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s?([AaPp])\.?\s?[Mm]\.?)?`
const BRACKETED = new RegExp(String.raw`^\[${DATE},?\s${TIME}\]\s?(.*)$`)
const DASHED = new RegExp(String.raw`^${DATE},?\s${TIME}\s[-–]\s(.*)$`)
/** Marks WhatsApp puts before lines and names; invisible, never part of what someone wrote. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const LEADING_INVISIBLE = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/

const MEDIA_LINES = [
  /^<Media omitted>$/i,
  /^(image|video|audio|sticker|GIF|document|Contact card|voice message) omitted$/i,
  /^<attached: [^>]+>$/,
  /^\S.*\.[A-Za-z0-9]{2,5} \(file attached\)$/,
]
const DELETED =
  /^(This message was deleted|You deleted this message|This message was deleted by an admin)\.?$/i
const EDITED_SUFFIX = /\s?<This message was edited>$/
/** Notices a phone writes in the group's name or a member's (iOS) instead of as a bare line. */
const SYSTEM_TEXTS = [
  /end-to-end encrypted/i,
  /^Missed (voice|video|group voice|group video) call/i,
  /^(Voice|Video) call, /i,
  / (joined using this group's invite link|joined from the community|left|was removed|were removed)$/,
  /^(You|.+) (created group|created this group|added|removed|changed the subject|changed this group's|changed the group|changed their phone number|pinned a message|turned (on|off) disappearing)/,
  /^You're now an admin$/,
  /^Disappearing messages/,
  /^This group has over/,
]

/** One message's first line, its date numbers not yet read as day or month. */
export interface WhatsAppHeader {
  line: number
  first: number
  second: number
  third: number
  isYearFirst: boolean
  hour: number
  minute: number
  second_: number
  meridiem: 'a' | 'p' | null
  rest: string
  isBracketed: boolean
}

function matchHeader(raw: string, line: number): WhatsAppHeader | null {
  // Most lines of a long chat are headers starting with a digit or `[`; the cheap test first.
  const first = raw.charCodeAt(0)
  const isPlain = (first >= 0x30 && first <= 0x39) || first === 0x5b
  if (!isPlain && !LEADING_INVISIBLE.test(raw)) return null
  const text = isPlain ? raw : raw.replace(LEADING_INVISIBLE, '')
  const bracketed = BRACKETED.exec(text)
  const match = bracketed ?? DASHED.exec(text)
  if (match === null) return null
  const [, a = '', b = '', c = '', hour = '', minute = '', second = '', meridiem, rest = ''] = match
  return {
    line,
    first: Number(a),
    second: Number(b),
    third: Number(c),
    isYearFirst: a.length === 4,
    hour: Number(hour),
    minute: Number(minute),
    second_: second === '' ? 0 : Number(second),
    meridiem: meridiem === undefined ? null : (meridiem.toLowerCase() as 'a' | 'p'),
    rest,
    isBracketed: bracketed !== null,
  }
}

function fullYear(year: number): number {
  return year < 100 ? 2000 + year : year
}

function dateOf(
  header: WhatsAppHeader,
  order: DateOrderDecision['order'],
): [number, number, number] {
  if (header.isYearFirst) return [header.first, header.second, header.third]
  const year = fullYear(header.third)
  return order === 'month-first'
    ? [year, header.first, header.second]
    : [year, header.second, header.first]
}

function dayNumber([year, month, day]: [number, number, number]): number {
  return year * 400 + month * 32 + day
}

/** How often the date would go back in time from one message to the next under `order`. */
function countBackSteps(
  headers: readonly WhatsAppHeader[],
  order: DateOrderDecision['order'],
): number {
  let back = 0
  let previous = -1
  for (const header of headers) {
    const [year, month, day] = dateOf(header, order)
    if (month < 1 || month > 12) continue
    const value = dayNumber([year, month, day])
    if (value < previous) back += 1
    previous = value
  }
  return back
}

function describeDate(header: WhatsAppHeader): string {
  return `${header.first}/${header.second}/${header.third} on line ${header.line}`
}

/**
 * Which number is the day, decided from every date in the file, never from one line or the
 * locale: a first number above 12 anywhere can only be a day (and a second above 12 only a day in
 * month-first order); where every date fits both, the order that keeps the messages in time order
 * wins; where both do, a 12-hour clock reads month-first (the US layout) and a 24-hour one
 * day-first. The reason says which rule decided.
 */
export function decideDateOrder(headers: readonly WhatsAppHeader[]): DateOrderDecision {
  const datesOnly = headers.filter((header) => !header.isYearFirst)
  if (datesOnly.length === 0) {
    return { order: 'year-first', reason: 'Dates are written year first (2024-03-05).' }
  }
  const firstAbove12 = datesOnly.find((header) => header.first > 12)
  const secondAbove12 = datesOnly.find((header) => header.second > 12)
  if (firstAbove12 !== undefined && secondAbove12 === undefined) {
    return {
      order: 'day-first',
      reason: `Read day first: ${describeDate(firstAbove12)} can only start with a day.`,
    }
  }
  if (secondAbove12 !== undefined && firstAbove12 === undefined) {
    return {
      order: 'month-first',
      reason: `Read month first: ${describeDate(secondAbove12)} can only have the day second.`,
    }
  }
  const dayFirstBack = countBackSteps(datesOnly, 'day-first')
  const monthFirstBack = countBackSteps(datesOnly, 'month-first')
  if (firstAbove12 !== undefined && secondAbove12 !== undefined) {
    const order = dayFirstBack <= monthFirstBack ? 'day-first' : 'month-first'
    return {
      order,
      reason:
        `The file mixes both orders (${describeDate(firstAbove12)}, ${describeDate(secondAbove12)}); ` +
        `read ${order === 'day-first' ? 'day' : 'month'} first, the order that keeps more messages in sequence; ` +
        'dates that do not exist in it are listed as problems.',
    }
  }
  if (dayFirstBack !== monthFirstBack) {
    const order = dayFirstBack < monthFirstBack ? 'day-first' : 'month-first'
    const other = order === 'day-first' ? monthFirstBack : dayFirstBack
    return {
      order,
      reason:
        `Every date fits both orders; read ${order === 'day-first' ? 'day' : 'month'} first, because ` +
        `the other order would put ${other} message${other === 1 ? '' : 's'} before earlier ones.`,
    }
  }
  const hasMeridiem = headers.some((header) => header.meridiem !== null)
  return hasMeridiem
    ? {
        order: 'month-first',
        reason:
          'Every date fits both orders and both keep the messages in sequence; read month first, ' +
          'as phones with a 12-hour clock (US layout) write it. Check the dates in the preview.',
      }
    : {
        order: 'day-first',
        reason:
          'Every date fits both orders and both keep the messages in sequence; read day first, as ' +
          'phones with a 24-hour clock write it. Check the dates in the preview.',
      }
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0')
}

function to24Hour(hour: number, meridiem: WhatsAppHeader['meridiem']): number {
  if (meridiem === null) return hour
  if (meridiem === 'a') return hour === 12 ? 0 : hour
  return hour === 12 ? 12 : hour + 12
}

/** `+447700900123` when a name is a phone number (a member not in the exporter's contacts). */
export function phoneOfAuthor(author: string): string {
  const cleaned = author.replace(INVISIBLE, '').trim()
  if (!/^\+?[\d\s\-().\u00a0]{7,}$/.test(cleaned)) return ''
  const digits = cleaned.replace(/\D/g, '')
  if (digits.length < 7 || digits.length > 15) return ''
  return cleaned.startsWith('+') ? `+${digits}` : digits
}

function isSystemText(text: string): boolean {
  return SYSTEM_TEXTS.some((pattern) => pattern.test(text))
}

interface Draft {
  header: WhatsAppHeader
  lines: string[]
}

/** The chat's name from a file name WhatsApp gave (`WhatsApp Chat with Leeds Devs.txt`). */
export function chatNameFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const match =
    /^WhatsApp Chat (?:with|-|mit|con|avec|met|com)\s+(.+?)(?:\s*\(\d+\))?(?:\.txt|\.zip)?$/i.exec(
      base,
    )
  return match?.[1]?.trim() || null
}

/** Whether text looks like a WhatsApp export: a few of its first lines are message headers. */
export function looksLikeWhatsApp(text: string): boolean {
  const lines = text.slice(0, 4000).split(/\r\n|\r|\n/, 20)
  let headers = 0
  for (const [index, line] of lines.entries()) if (matchHeader(line, index + 1)) headers += 1
  return headers >= 1 && headers >= Math.min(2, lines.filter((line) => line !== '').length)
}

/** Reads an export's text into one chat. Never throws: unreadable lines become problems. */
export function readWhatsAppText(text: string, fileName: string): ParsedChat {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)
  const drafts: Draft[] = []
  const problems: string[] = []
  let orphanLines = 0
  for (const [index, line] of lines.entries()) {
    const header = matchHeader(line, index + 1)
    if (header !== null) {
      drafts.push({ header, lines: [header.rest] })
      continue
    }
    const last = drafts.at(-1)
    if (last !== undefined) last.lines.push(line)
    else if (line.trim() !== '') orphanLines += 1
  }
  if (orphanLines > 0) {
    problems.push(
      `${orphanLines} line${orphanLines === 1 ? '' : 's'} before the first message could not be read and ${orphanLines === 1 ? 'was' : 'were'} skipped.`,
    )
  }
  const dateOrder =
    drafts.length === 0 ? null : decideDateOrder(drafts.map((draft) => draft.header))
  const order = dateOrder?.order ?? 'day-first'
  const messages: ParsedChatMessage[] = []
  const keys = new ContentKeys('wa:')
  const phones = new Map<string, string>()
  const phoneOf = (author: string): string => {
    let phone = phones.get(author)
    if (phone === undefined) {
      phone = phoneOfAuthor(author)
      phones.set(author, phone)
    }
    return phone
  }
  let systemCount = 0
  let nameFromNotice: string | null = null
  let nameFromSubject: string | null = null
  for (const draft of drafts) {
    const { header } = draft
    const [year, month, day] = dateOf(header, order)
    const hour = to24Hour(header.hour, header.meridiem)
    if (
      !isExists(year, month - 1, day) ||
      hour > 23 ||
      header.minute > 59 ||
      header.second_ > 59 ||
      (header.meridiem !== null && (header.hour < 1 || header.hour > 12))
    ) {
      problems.push(
        `Line ${header.line}: ${header.first}/${header.second}/${header.third} ${header.hour}:${pad(header.minute)} is no date and time in this file's order; the message was skipped.`,
      )
      continue
    }
    // Trailing blank lines belong to the gap before the next header, not to the message.
    while (draft.lines.length > 1 && draft.lines.at(-1)?.trim() === '') draft.lines.pop()
    const body = draft.lines.length === 1 ? (draft.lines[0] ?? '') : draft.lines.join('\n')
    const separator = body.indexOf(': ')
    const rawAuthor = separator > 0 ? body.slice(0, separator) : ''
    const author = /[^\x20-\x7e]/.test(rawAuthor)
      ? rawAuthor.replace(INVISIBLE, '').trim()
      : rawAuthor.trim()
    const rawText = separator > 0 ? body.slice(separator + 2) : body
    const cleanText =
      rawText.charCodeAt(0) < 0x80 ? rawText : rawText.replace(LEADING_INVISIBLE, '')
    const newline = cleanText.indexOf('\n')
    const firstLine = newline === -1 ? cleanText : cleanText.slice(0, newline)
    // Notices come without an author (Android) or behind a left-to-right mark (iOS); an ordinary
    // message is not run through every notice pattern, which matters at 200,000 messages.
    const isNotice =
      author === '' ||
      separator > 80 ||
      ((rawText.startsWith('\u200e') ||
        cleanText.includes('encrypted') ||
        cleanText.startsWith('Missed')) &&
        isSystemText(firstLine))
    if (isNotice) {
      systemCount += 1
      if (author !== '' && /end-to-end encrypted/i.test(cleanText)) nameFromNotice ??= author
      const subject =
        /(?:created group|changed the subject (?:from “.*” |from ".*" )?to|changed the group name (?:from ".*" )?to) [“"](.+)[”"]$/.exec(
          cleanText,
        )
      if (subject?.[1] !== undefined) nameFromSubject = subject[1]
      continue
    }
    let kind: ChatMessageKind = 'text'
    let messageText = cleanText.endsWith('>') ? cleanText.replace(EDITED_SUFFIX, '') : cleanText
    // Markers are short and end in a known way: only such lines are matched against them.
    const firstTrimmed = firstLine.length < 300 ? firstLine.trim() : ''
    if (messageText.length < 60 && DELETED.test(messageText.trim())) {
      kind = 'deleted'
      messageText = ''
    } else if (
      /(>|omitted|\))$/.test(firstTrimmed) &&
      MEDIA_LINES.some((pattern) => pattern.test(firstTrimmed))
    ) {
      kind = 'media'
      messageText = messageText.split('\n').slice(1).join('\n')
    }
    const at = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(header.minute)}:${pad(header.second_)}`
    messages.push({
      key: keys.next([at.slice(0, 16), author, kind, messageText]),
      at,
      author,
      authorPhone: phoneOf(author),
      authorId: '',
      text: messageText,
      kind,
      replyToKey: null,
    })
  }
  const chatName =
    chatNameFromFileName(fileName) ?? nameFromNotice ?? nameFromSubject ?? 'WhatsApp chat'
  return {
    platform: 'whatsapp',
    chatKey: `whatsapp:${chatName.toLowerCase().replace(/\s+/g, ' ').trim()}`,
    chatName,
    timeBasis: 'wall',
    messages,
    systemCount,
    dateOrder,
    problems,
  }
}

/** How `writeWhatsAppText` lays a file out: the phone layouts the reader accepts. */
export interface WhatsAppLayout {
  isBracketed: boolean
  order: 'day-first' | 'month-first' | 'year-first'
  isTwelveHour: boolean
  hasSeconds: boolean
  isTwoDigitYear: boolean
  separator: '/' | '.' | '-'
}

export const ANDROID_UK: WhatsAppLayout = {
  isBracketed: false,
  order: 'day-first',
  isTwelveHour: false,
  hasSeconds: false,
  isTwoDigitYear: false,
  separator: '/',
}

export const IOS_US: WhatsAppLayout = {
  isBracketed: true,
  order: 'month-first',
  isTwelveHour: true,
  hasSeconds: true,
  isTwoDigitYear: true,
  separator: '/',
}

/**
 * Writes messages as a phone would export them (tests' round trips and the benchmark's large
 * file). Media are written as `<Media omitted>` with their caption on the lines after it.
 */
export function writeWhatsAppText(
  messages: readonly Pick<ParsedChatMessage, 'at' | 'author' | 'text' | 'kind'>[],
  layout: WhatsAppLayout,
): string {
  const out: string[] = []
  for (const message of messages) {
    const [date = '', time = ''] = message.at.split('T')
    const [year = '', month = '', day = ''] = date.split('-')
    const [hourText = '0', minute = '00', second = '00'] = time.split(':')
    const shortYear = layout.isTwoDigitYear ? year.slice(2) : year
    const sep = layout.separator
    const dateText =
      layout.order === 'year-first'
        ? `${year}${sep}${month}${sep}${day}`
        : layout.order === 'day-first'
          ? `${day}${sep}${month}${sep}${shortYear}`
          : `${Number(month)}${sep}${Number(day)}${sep}${shortYear}`
    const hour = Number(hourText)
    const clockHour = layout.isTwelveHour ? ((hour + 11) % 12) + 1 : hour
    const timeText =
      `${layout.isTwelveHour ? clockHour : pad(hour)}:${minute}` +
      (layout.hasSeconds ? `:${second.slice(0, 2)}` : '') +
      (layout.isTwelveHour ? `\u202f${hour < 12 ? 'AM' : 'PM'}` : '')
    const body =
      message.kind === 'deleted'
        ? 'This message was deleted'
        : message.kind === 'media'
          ? ['<Media omitted>', ...(message.text === '' ? [] : [message.text])].join('\n')
          : message.text
    out.push(
      layout.isBracketed
        ? `[${dateText}, ${timeText}] ${message.author}: ${body}`
        : `${dateText}, ${timeText} - ${message.author}: ${body}`,
    )
  }
  return `${out.join('\n')}\n`
}
