import { useEffect } from 'react'
import type { ChatPulse } from '../../../../shared/ipc/channels/chat'
import { useAppStore } from '../../app/store-context'

/**
 * The pulse main computed from the chats; asked for once when a screen showing it opens (the
 * messages stay in main), and again after every chat change.
 */
export function usePulse(): ChatPulse | null {
  const pulse = useAppStore((state) => state.pulse)
  const loadPulse = useAppStore((state) => state.loadPulse)
  const chatCount = useAppStore((state) => state.chats.length)
  useEffect(() => {
    if (chatCount > 0) void loadPulse().catch(() => undefined)
  }, [chatCount, loadPulse])
  return chatCount === 0 ? null : pulse
}
