/**
 * Issue 19, end to end: a WhatsApp and a Telegram export imported through the preview, a night's
 * discussion and a silent night on their event pages, a recurring question turned into a friction
 * and a quiet talker into a pipeline candidate. Screenshots of each new screen at 1280×800 and
 * 1024×640, light and dark, go to test-results/issue-19 for a person to look at.
 */
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { FeedbackScreen } from './pages/devrel-pages'
import { PipelineScreen } from './pages/pipeline-page'
import { CHAT_FIXTURES, PulseScreens } from './pages/pulse-pages'
import {
  HARDWARE_NIGHT,
  NEXT_NIGHT,
  RUST_NIGHT,
  writeChatWorkspace,
} from './support/chat-workspace'
import { expect, test } from './support/desktop-fixture'

const WHATSAPP = 'WhatsApp Chat with Leeds Builders.txt'
const SHOTS = 'test-results/issue-19'

async function capture(page: Page, name: string, target?: Locator): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme })
      if (target) await target.scrollIntoViewIfNeeded()
      await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}-${colorScheme}.png` })
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light' })
}

test.beforeEach(async ({ desktop }) => {
  writeChatWorkspace(desktop.directory)
  await desktop.open()
})

test('a WhatsApp export: the preview says what it holds and how its dates were read; a re-import adds nothing', async ({
  page,
}) => {
  const pulse = new PulseScreens(page)
  await pulse.openMetrics()
  await pulse.chooseChatFile(WHATSAPP)
  const preview = pulse.dialog.getByTestId('chat-preview')
  await expect(preview.getByTestId('chat-preview-name')).toContainText('Leeds Builders')
  await expect(preview.getByTestId('chat-preview-messages')).toContainText(
    '18 messages (1 media, 1 deleted, 0 replies); 5 notices',
  )
  await expect(preview.getByTestId('chat-preview-dates')).toContainText(
    '20 Feb 2024, 10:02 to 13 Mar 2024, 18:00',
  )
  await expect(preview.getByTestId('chat-preview-order')).toHaveText(
    'Read day first: 20/2/2024 on line 1 can only start with a day.',
  )
  await expect(preview.getByTestId('chat-preview-voices')).toContainText('6 voices')
  await capture(page, 'chat-import-preview')
  expect(await pulse.importPreviewed()).toContain('18 new messages from Leeds Builders')

  await pulse.chooseChatFile(WHATSAPP)
  await expect(pulse.dialog).toContainText(
    'Leeds Builders was imported before: only the messages it does not hold yet are added.',
  )
  expect(await pulse.importPreviewed()).toContain(
    '0 new messages from Leeds Builders; 18 messages already held',
  )
  await expect(pulse.section.getByRole('list', { name: 'Chats' })).toContainText('Leeds Builders')
  await expect(pulse.section.getByRole('list', { name: 'Chats' })).toContainText('18 messages')
})

test('a Telegram whole-account export: the organizer chooses the group, and its messages are imported', async ({
  page,
}) => {
  const pulse = new PulseScreens(page)
  await pulse.openMetrics()
  await pulse.chooseChatFile('telegram-account-result.json')
  const chooser = pulse.dialog.getByRole('group', { name: 'This export holds 3 chats: choose one' })
  await expect(chooser.getByRole('radio', { name: /Leeds Builders/ })).toBeChecked()
  await chooser.getByRole('radio', { name: /Organisers/ }).check()
  await expect(pulse.dialog.getByTestId('chat-preview-name')).toContainText('Organisers')
  await chooser.getByRole('radio', { name: /Leeds Builders/ }).check()
  await expect(pulse.dialog.getByTestId('chat-preview-messages')).toContainText(
    '2 messages (0 media, 0 deleted, 1 replies)',
  )
  expect(await pulse.importPreviewed()).toContain('2 new messages from Leeds Builders')
  await expect(pulse.section.getByRole('list', { name: 'Chats' })).toContainText(
    'Telegram · 2 messages',
  )
})

test('after a night: the discussion against the usual level, and the silent night flagged', async ({
  page,
}) => {
  const pulse = new PulseScreens(page)
  await pulse.openMetrics()
  await pulse.importChat(WHATSAPP)

  const rust = await pulse.openEvent(RUST_NIGHT)
  await expect(rust.getByTestId('night-pulse-summary')).toContainText(
    '7 messages about the night from 6 voices; 2.7 messages a day in the 3 days from it (usually 0.6 a day).',
  )
  await expect(rust.getByRole('list', { name: 'Messages about the night' })).toContainText(
    'The Rust on a Pi demo was brilliant, Marta you nailed it',
  )
  await expect(rust.getByTestId('night-pulse-silent')).toHaveCount(0)
  await rust.getByRole('button', { name: 'Record as observed (8 messages read)' }).click()
  await expect(rust.getByTestId('night-pulse-observed')).toContainText(
    '8 messages read. Counts for the follow-up minimum.',
  )
  await capture(page, 'night-pulse-discussed', rust)
  // The night's Follow-ups card says the minimum is met, as the announce gate will.
  const followUps = page.getByRole('region', { name: 'Follow-ups' })
  await expect(followUps.getByTestId('follow-up-observed')).toHaveText(
    'Met by observing the group after the night: 8 messages about it read.',
  )
  await expect(followUps.getByTestId('follow-up-count')).toHaveClass(/badge-ok/)

  // In the retro: the same line, and a message quoted into "What worked" (the one way a message's
  // text reaches an export, the retro's).
  const retro = page.getByRole('region', { name: 'Retro' })
  await retro.getByTestId('retro-pulse').getByText('Quote a message in the retro').click()
  await retro.getByRole('button', { name: 'Quote Lena Fischer’s message in what worked' }).click()
  await expect(retro.getByLabel('What worked', { exact: true })).toHaveValue(
    '“The Rust on a Pi demo was brilliant, Marta you nailed it” (Leeds Builders)',
  )
  await capture(page, 'retro-pulse', retro.getByTestId('retro-pulse'))

  // The next night's announce gate counts the observation as the follow-up minimum.
  await pulse.openEvent(NEXT_NIGHT)
  await expect(page.getByTestId('announce-gate')).toContainText(
    `Observed the group after “${RUST_NIGHT}”: 8 messages read`,
  )

  const hardware = await pulse.openEvent(HARDWARE_NIGHT)
  await expect(hardware.getByTestId('night-pulse-silent')).toHaveText('No discussion')
  await expect(hardware.getByTestId('night-pulse-summary')).toContainText(
    'No discussion: none of the 2 messages in the 3 days from the night mention it, its demos or its speakers.',
  )
  await capture(page, 'night-pulse-silent', hardware)
})

test('a question asked again across weeks becomes a friction in Observe', async ({ page }) => {
  const pulse = new PulseScreens(page)
  await pulse.openMetrics()
  await pulse.importChat(WHATSAPP)
  const board = new FeedbackScreen(page)
  await board.open()
  const question = page
    .getByTestId('recurring-question')
    .filter({ hasText: 'Where do we park near the venue?' })
  await expect(question).toContainText('3 times over 3 weeks · shared words: park, near, venue')
  await capture(page, 'recurring-questions', question)
  await question.getByRole('button', { name: 'Log as friction' }).click()
  await expect(board.column('Observe').getByTestId('observed-friction').first()).toContainText(
    'Asked again and again in Leeds Builders: “Where do we park near the venue?”',
  )
  await expect(question.getByText('On the board')).toBeVisible()
})

test('a quiet talker, once linked to a person, becomes a pipeline candidate with the messages as the reason', async ({
  page,
}) => {
  const pulse = new PulseScreens(page)
  await pulse.openMetrics()
  await pulse.importChat(WHATSAPP)
  const suggestion = pulse.section
    .getByTestId('pulse-suggestion')
    .filter({ hasText: 'Lena Fischer (3 messages) may be Lena Fischer' })
  await expect(suggestion).toContainText('same name')
  await capture(page, 'metrics-pulse', pulse.section)
  await suggestion.getByRole('button', { name: 'Same person' }).click()
  await expect(suggestion).toHaveCount(0)

  const pipeline = new PipelineScreen(page)
  await pipeline.open()
  const talker = page.getByTestId('quiet-talker').filter({ hasText: 'Lena Fischer' })
  await expect(talker).toContainText('3 messages in Leeds Builders; never demoed.')
  await capture(page, 'quiet-talkers', talker)
  await talker.getByRole('button', { name: 'Add to Potential demo candidates' }).click()
  await expect(talker).toHaveCount(0)
  await expect(pipeline.column('Potential demo candidates')).toContainText('Lena Fischer')
})

test('a chat export dropped on the window opens the chat import, not the attendee one', async ({
  page,
}) => {
  const text = readFileSync(`${CHAT_FIXTURES}/${WHATSAPP}`, 'utf8')
  // Runs in the page; the tests' tsconfig has no DOM types, hence the narrow casts.
  type PageGlobals = {
    DataTransfer: new () => { items: { add: (file: unknown) => void } }
    File: new (parts: string[], name: string, options: { type: string }) => unknown
  }
  const dataTransfer = await page.evaluateHandle(
    ([chat, name]) => {
      const { DataTransfer, File } = globalThis as unknown as PageGlobals
      const transfer = new DataTransfer()
      transfer.items.add(new File([chat], name, { type: 'text/plain' }))
      return transfer
    },
    [text, WHATSAPP] as const,
  )
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await expect(page.getByText('Drop to import attendees or a group chat')).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer })
  const pulse = new PulseScreens(page)
  await expect(pulse.dialog.getByTestId('chat-preview-name')).toContainText('Leeds Builders')
  expect(await pulse.importPreviewed()).toContain('18 new messages from Leeds Builders')
})

test('the zip WhatsApp makes (iOS, with media) reads the same way, its photos left unread', async ({
  page,
}) => {
  const pulse = new PulseScreens(page)
  await pulse.openMetrics()
  await pulse.chooseChatFile('WhatsApp Chat - Leeds Builders.zip')
  await expect(pulse.dialog.getByTestId('chat-preview-name')).toContainText(
    'Leeds Builders · WhatsApp export (zip)',
  )
  await expect(pulse.dialog.getByTestId('chat-preview-messages')).toContainText(
    '7 messages (2 media, 1 deleted, 0 replies); 2 notices',
  )
  expect(await pulse.importPreviewed()).toContain('7 new messages from Leeds Builders')
})
