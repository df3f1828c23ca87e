import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { createAppStore } from './app/create-app-store'
import { StoreProvider } from './app/store-context'
import { isDisplayWindow } from './features/night/stage-display-messages'
import { StageDisplay } from './features/night/StageDisplay'
import './styles/tokens.css'
import './styles/base.css'
import './styles/components.css'
import './styles/layout.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
// The presenter display (a second window of stage mode) shows what the stage sends it, no workspace.
if (isDisplayWindow(window.location.hash)) {
  createRoot(root).render(
    <StrictMode>
      <StageDisplay />
    </StrictMode>,
  )
} else {
  const store = createAppStore(window.api)
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App api={window.api} />
      </StoreProvider>
    </StrictMode>,
  )
}
