import { NAV_ITEMS } from './routes'
import { useAppStore } from './store-context'

/** The app's navigation, always visible on the left. */
export function Sidebar() {
  const route = useAppStore((state) => state.route)
  const navigate = useAppStore((state) => state.navigate)
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar-brand">
        <span className="sidebar-logo" aria-hidden>
          ◆
        </span>
        DevRel OS
      </div>
      <ul role="list">
        {NAV_ITEMS.map((item) => {
          const isCurrent = item.covers.includes(route.name)
          return (
            <li key={item.label}>
              <button
                type="button"
                className="nav-item"
                aria-current={isCurrent ? 'page' : undefined}
                onClick={() => navigate(item.route)}
              >
                {item.label}
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
