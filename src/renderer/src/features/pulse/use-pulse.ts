import { useEffect } from 'react'
import type { ChatPulse } from '../../../../shared/ipc/channels/chat'
import { useAppStore } from '../../app/store-context'

/**
 * The pulse main computed from the chats; asked for when a screen showing it opens (the messages
 * stay in main), and again whenever what it is computed from changes, undo and redo included.
 */
export function usePulse(): ChatPulse | null {
  const pulse = useAppStore((state) => state.pulse)
  const loadPulse = useAppStore((state) => state.loadPulse)
  // What the pulse is computed from, as the window sees it change: a chat change (an import, an
  // undo, a link, an observation), the events and their demos.
  const chats = useAppStore((state) => state.chats)
  const chatImports = useAppStore((state) => state.chatImports)
  const chatAuthorLinks = useAppStore((state) => state.chatAuthorLinks)
  const chatObservations = useAppStore((state) => state.chatObservations)
  const events = useAppStore((state) => state.events)
  const demos = useAppStore((state) => state.demos)
  useEffect(() => {
    if (chats.length > 0) void loadPulse().catch(() => undefined)
  }, [chats, chatImports, chatAuthorLinks, chatObservations, events, demos, loadPulse])
  return chats.length === 0 ? null : pulse
}
