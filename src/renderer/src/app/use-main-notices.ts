import { useEffect } from 'react'
import type { DesktopApi } from '../../../shared/ipc/contract'
import { useAppStore } from './store-context'

/** Shows the notices main sends on its own (a timed backup that failed) with the others. */
export function useMainNotices(api: DesktopApi): void {
  const receiveNotice = useAppStore((state) => state.receiveNotice)
  useEffect(() => api.onNotice(receiveNotice), [api, receiveNotice])
}
