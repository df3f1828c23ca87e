import { useAppStore } from './store-context'
import type { Route } from './ui-slice'

const ITEMS: { label: string; route: Route; matches: Route['name'][] }[] = [
  { label: 'Home', route: { name: 'home' }, matches: ['home'] },
  { label: 'Events', route: { name: 'events' }, matches: ['events', 'event'] },
  { label: 'People', route: { name: 'people' }, matches: ['people', 'person'] },
  { label: 'Pipeline', route: { name: 'pipeline' }, matches: ['pipeline'] },
  { label: 'Metrics', route: { name: 'metrics' }, matches: ['metrics'] },
  { label: 'Review', route: { name: 'review' }, matches: ['review'] },
  { label: 'Feedback loop', route: { name: 'feedback' }, matches: ['feedback'] },
  { label: 'Diagnostic', route: { name: 'diagnostic' }, matches: ['diagnostic'] },
  { label: 'Settings', route: { name: 'settings' }, matches: ['settings'] },
]

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
        {ITEMS.map((item) => {
          const isCurrent = item.matches.includes(route.name)
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
