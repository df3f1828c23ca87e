import { useEffect, useRef, useState } from 'react'
import type { ChatImportReport } from '../../../../shared/chat/apply-chat-import'
import { summariseChat } from '../../../../shared/chat/inspect-chat'
import type { ParsedChat } from '../../../../shared/chat/types'
import { capitalise } from '../../../../shared/util/text'
import { useAppStore } from '../../app/store-context'
import { Dialog } from '../../components/Dialog'
import { FileDropZone } from '../../components/FileDropZone'
import { formatChatTime } from './pulse-format'
import { readChatFile } from './read-chat-file'
import { countOf } from '../../../../shared/util/format-number'

type Flow =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; reason: string }
  | {
      step: 'preview'
      fileName: string
      format: string
      chats: ParsedChat[]
      chosen: number
      error: string | null
    }
  | { step: 'saving'; fileName: string }
  | { step: 'report'; report: ChatImportReport }

/** Import a group chat's export: choose → read → preview (choose the chat) → save → report, with undo. */
export function ChatImportDialog({ file, onClose }: { file: File | null; onClose: () => void }) {
  const [flow, setFlow] = useState<Flow>(
    file === null ? { step: 'choose' } : { step: 'reading', fileName: file.name },
  )
  const importChat = useAppStore((state) => state.importChat)
  const undoChatImport = useAppStore((state) => state.undoChatImport)
  const chats = useAppStore((state) => state.chats)

  const read = async (file: File): Promise<void> => {
    setFlow({ step: 'reading', fileName: file.name })
    const bytes = new Uint8Array(await file.arrayBuffer())
    const result = await readChatFile(bytes, file.name)
    if (!result.ok) setFlow({ step: 'refused', fileName: file.name, reason: result.reason })
    else
      setFlow({
        step: 'preview',
        fileName: file.name,
        format: result.format,
        chats: result.chats,
        chosen: 0,
        error: null,
      })
  }
  // A file dropped on the window is read once, as the dialog opens with it.
  const launched = useRef<File | null>(null)
  useEffect(() => {
    if (file === null || launched.current === file) return
    launched.current = file
    void read(file)
  }, [file])
  const confirm = async (preview: Extract<Flow, { step: 'preview' }>): Promise<void> => {
    const chat = preview.chats[preview.chosen]
    if (chat === undefined) return
    setFlow({ step: 'saving', fileName: preview.fileName })
    try {
      const report = await importChat({ fileName: preview.fileName, format: preview.format, chat })
      setFlow({ step: 'report', report })
    } catch (error) {
      setFlow({ ...preview, error: (error as Error).message })
    }
  }
  const close = () => {
    if (flow.step !== 'saving') onClose()
  }

  return (
    <Dialog
      open
      wide
      title="Import a group chat"
      description={
        flow.step === 'preview'
          ? `${flow.fileName}: check the chat, its dates and its voices. Nothing is saved until you import.`
          : flow.step === 'report'
            ? 'Saved in this workspace only. Undo takes these messages back out.'
            : 'The messages stay on this computer: in the workspace, its backups and its export, and in no other export.'
      }
      onClose={close}
      footer={footer()}
    >
      {flow.step === 'choose' && (
        <FileDropZone
          title="Drop a chat export here"
          hint="WhatsApp’s “Export chat” (.txt or .zip), Telegram Desktop’s result.json, a DiscordChatExporter .json or .csv, or a Slack export .zip."
          accept=".txt,.zip,.json,.csv"
          inputLabel="Chat export file"
          onFile={(file) => void read(file)}
        />
      )}
      {(flow.step === 'reading' || flow.step === 'saving') && (
        <p role="status" className="muted">
          {flow.step === 'reading' ? `Reading ${flow.fileName}…` : 'Saving…'}
        </p>
      )}
      {flow.step === 'refused' && (
        <div className="callout callout-error stack" role="alert">
          <strong>{flow.fileName} cannot be imported</strong>
          <span>{capitalise(flow.reason)}. Nothing was changed.</span>
        </div>
      )}
      {flow.step === 'preview' && renderPreview(flow, (chosen) => setFlow({ ...flow, chosen }))}
      {flow.step === 'report' && (
        <div className="stack" data-testid="chat-import-report">
          <p>
            <strong>{countOf(flow.report.added, 'new message')}</strong> from {flow.report.chatName}
            {flow.report.alreadyHeld > 0 && (
              <>; {countOf(flow.report.alreadyHeld, 'message')} already held, not added again</>
            )}
            {flow.report.skippedDeleted > 0 && (
              <>
                ; {countOf(flow.report.skippedDeleted, 'message')} of people deleted on request left
                out
              </>
            )}
            .
          </p>
          {flow.report.first !== null && flow.report.last !== null && (
            <p className="muted small">
              New messages from {formatChatTime(flow.report.first)} to{' '}
              {formatChatTime(flow.report.last)}.
            </p>
          )}
        </div>
      )}
    </Dialog>
  )

  // A render function, not a component: a component defined here would remount on every
  // render and lose the focus of the chat chooser's radio buttons.
  function renderPreview(
    flow: Extract<Flow, { step: 'preview' }>,
    onChoose: (index: number) => void,
  ) {
    const chat = flow.chats[flow.chosen]
    if (chat === undefined) return null
    const summary = summariseChat(chat)
    const existing = chats.find((entry) => entry.chatKey === chat.chatKey)
    return (
      <div className="stack" data-testid="chat-preview">
        {flow.chats.length > 1 && (
          <fieldset className="pulse-block">
            <legend>This export holds {flow.chats.length} chats: choose one</legend>
            {flow.chats.map((candidate, index) => (
              <label key={candidate.chatKey} className="radio-row">
                <input
                  type="radio"
                  name="chat"
                  checked={index === flow.chosen}
                  onChange={() => onChoose(index)}
                />
                {candidate.chatName}{' '}
                <span className="muted small">
                  ({countOf(candidate.messages.length, 'message')})
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <dl className="pulse-facts">
          <dt>Chat</dt>
          <dd data-testid="chat-preview-name">
            {chat.chatName} <span className="muted small">· {flow.format}</span>
          </dd>
          <dt>Messages</dt>
          <dd data-testid="chat-preview-messages">
            {countOf(summary.messages, 'message')} ({summary.media} media, {summary.deleted}{' '}
            deleted, {summary.replies} replies); {countOf(summary.notices, 'notice')} (joins,
            leaves, group changes) set aside
          </dd>
          <dt>Dates</dt>
          <dd data-testid="chat-preview-dates">
            {summary.first === null || summary.last === null
              ? 'No messages'
              : `${formatChatTime(summary.first)} to ${formatChatTime(summary.last)}`}
            {chat.timeBasis === 'wall' && (
              <span className="muted small">
                {' '}
                · the phone’s clock, read in the workspace’s time zone
              </span>
            )}
          </dd>
          {chat.dateOrder !== null && (
            <>
              <dt>Date order</dt>
              <dd data-testid="chat-preview-order">{chat.dateOrder.reason}</dd>
            </>
          )}
          <dt>Voices</dt>
          <dd data-testid="chat-preview-voices">
            {countOf(summary.voices.length, 'voice')}
            {summary.voices.length > 0 && (
              <span className="muted small">
                {' '}
                ·{' '}
                {summary.voices
                  .slice(0, 5)
                  .map((voice) => `${voice.author} (${voice.messages})`)
                  .join(', ')}
                {summary.voices.length > 5 ? ', …' : ''}
              </span>
            )}
          </dd>
        </dl>
        {existing !== undefined && (
          <p className="callout">
            {existing.name} was imported before: only the messages it does not hold yet are added.
          </p>
        )}
        <p className="muted small">
          Authors are not linked to people yet: matches by phone number or name are offered
          afterwards, for you to confirm.
        </p>
        {summary.problems.length > 0 && (
          <div className="callout callout-warning" role="note">
            {summary.problems.join(' ')}
          </div>
        )}
        {flow.error !== null && (
          <div className="callout callout-error" role="alert">
            {flow.error}
          </div>
        )}
      </div>
    )
  }

  function footer() {
    switch (flow.step) {
      case 'choose':
      case 'reading':
        return (
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
        )
      case 'refused':
        return (
          <>
            <button type="button" className="btn" onClick={close}>
              Close
            </button>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setFlow({ step: 'choose' })}
            >
              Choose another file
            </button>
          </>
        )
      case 'preview': {
        const chat = flow.chats[flow.chosen]
        return (
          <>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => setFlow({ step: 'choose' })}
            >
              Choose another file
            </button>
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={chat === undefined || chat.messages.length === 0}
              onClick={() => void confirm(flow)}
            >
              Import {countOf(chat?.messages.length ?? 0, 'message')}
            </button>
          </>
        )
      }
      case 'saving':
        return (
          <button type="button" className="btn" disabled>
            Saving…
          </button>
        )
      case 'report': {
        const { report } = flow
        return (
          <>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                void undoChatImport(report.importId)
                onClose()
              }}
            >
              Undo import
            </button>
            <button type="button" className="btn btn-primary" autoFocus onClick={onClose}>
              Done
            </button>
          </>
        )
      }
    }
  }
}
