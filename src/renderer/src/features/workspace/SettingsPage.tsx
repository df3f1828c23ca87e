import { useAppStore } from '../../app/store-context'
import { BackupsCard } from './BackupsCard'
import { DefaultsCard } from './DefaultsCard'

/** Where the data lives, its backups, and the defaults new events start from. */
export function SettingsPage() {
  const settings = useAppStore((state) => state.settings)
  const location = useAppStore((state) => state.location)
  return (
    <div className="page stack-lg">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <section className="card card-body stack" aria-label="Workspace">
        <h2>Workspace</h2>
        <dl className="facts">
          <dt>Stored in</dt>
          <dd className="mono small">{location}</dd>
          <dt>Default time zone</dt>
          <dd>{settings?.defaultTimeZone}</dd>
        </dl>
      </section>
      <BackupsCard />
      <DefaultsCard />
    </div>
  )
}
