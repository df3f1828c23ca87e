import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { createAppStore } from './app/create-app-store'
import { StoreProvider } from './app/store-context'
import './styles/tokens.css'
import './styles/base.css'
import './styles/components.css'
import './styles/layout.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
const store = createAppStore(window.api)
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App api={window.api} />
    </StoreProvider>
  </StrictMode>,
)
