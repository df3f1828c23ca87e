import { useEffect } from 'react'
import type { DesktopApi } from '../../../shared/ipc/contract'
import type { MenuCommand } from '../../../shared/ipc/menu-commands'
import { useAppStore } from './store-context'

/** Inputs whose own Cmd/Ctrl+Z undoes typing; a select, a checkbox or a button has none. */
const TYPED_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number'])

const isTextEntry = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TYPED_INPUTS.has(target.type)))

/**
 * App commands from the application menu (in Electron) and the same shortcuts from the keyboard
 * (in a browser, where there is no menu). Inside a text field, Cmd/Ctrl+Z stays the field's own undo.
 */
export function useGlobalShortcuts(api: DesktopApi): void {
  const undo = useAppStore((state) => state.undo)
  const redo = useAppStore((state) => state.redo)
  const setNewEventOpen = useAppStore((state) => state.setNewEventOpen)
  const openImport = useAppStore((state) => state.openImport)
  const runWorkspaceFileCommand = useAppStore((state) => state.runWorkspaceFileCommand)
  const navigate = useAppStore((state) => state.navigate)
  const openChatImport = useAppStore((state) => state.openChatImport)
  useEffect(() => {
    // Find searches what is on screen (attendees, the board, people); a screen without a search
    // field sends it to the people list, whose search takes the caret as it opens.
    const find = () => {
      const field = document.querySelector<HTMLInputElement>('main input[type="search"]')
      if (field) {
        field.focus()
        field.select()
      } else navigate({ name: 'people' })
    }
    const run = (command: MenuCommand) => {
      if (command === 'undo') void undo()
      if (command === 'redo') void redo()
      if (command === 'new-event') setNewEventOpen(true)
      if (command === 'import') openImport()
      if (command === 'import-chat') openChatImport(true)
      if (command === 'find') find()
      if (command === 'export-workspace' || command === 'import-workspace') {
        void runWorkspaceFileCommand(command)
      }
    }
    const unsubscribe = api.onMenuCommand(run)
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.metaKey || event.ctrlKey) || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !isTextEntry(event.target)) {
        event.preventDefault()
        run(event.shiftKey ? 'redo' : 'undo')
      } else if (key === 'y' && !event.shiftKey && !isTextEntry(event.target)) {
        // Windows' and Linux's own redo key, beside Shift+Z.
        event.preventDefault()
        run('redo')
      } else if (key === 'n' && !event.shiftKey) {
        event.preventDefault()
        run('new-event')
      } else if (key === 'i' && !event.shiftKey) {
        event.preventDefault()
        run('import')
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault()
        run('find')
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      unsubscribe()
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [
    api,
    undo,
    redo,
    setNewEventOpen,
    openImport,
    openChatImport,
    runWorkspaceFileCommand,
    navigate,
  ])
}
