import { useMemo, useState } from 'preact/hooks';
import { ImportPanel } from '../components/import-panel';
import { openDashboard, openOptions, supportedSites } from '../runtime';
import { PinStep, type BrowserFamily } from './pin-step';

/**
 * Shown once, on install: pin the toolbar button, bring an existing tracker, then what Baskets does and what it
 * never touches. `browser` picks the pin how-to (detected from the page when not given).
 */
export function WelcomePage({ browser }: { browser?: BrowserFamily } = {}) {
  const sites = useMemo(() => supportedSites(), []);
  const [imported, setImported] = useState(false);
  return (
    <main class="welcome">
      <header class="page-header">
        <h1>Welcome to Baskets</h1>
        <p class="lead">
          Baskets logs every job application you send, helps you learn from each outcome, and tells you when too many hopes rest on one
          employer.
        </p>
      </header>

      <PinStep family={browser} />

      <div class="card">
        <ImportPanel
          title="Import from another tracker"
          intro="Kept a spreadsheet, or used Huntr, Teal or Simplify? Export it as CSV and bring it in, so your Plan B and your lessons start from your whole search. You will see what would be added, and any lines with problems, before anything is saved."
          onImported={(r) => setImported(r.added + r.updated > 0)}
        />
        {imported && (
          <button type="button" class="btn btn-primary" onClick={() => void openDashboard()}>
            See them in the dashboard
          </button>
        )}
      </div>

      <section class="card" aria-labelledby="captures-title">
        <h2 id="captures-title">What Baskets captures</h2>
        <ul>
          <li>When you submit an application on a supported site: the company, job title, location and the job's web address.</li>
          <li>The date you applied, and the status changes and notes you record yourself.</li>
          <li>On other sites, only what you log with “Log this page” — unless you turn on detection for any site in the options.</li>
        </ul>
      </section>

      <section class="card" aria-labelledby="never-title">
        <h2 id="never-title">What it never reads</h2>
        <ul>
          <li>Never the values you type into forms: not your answers, not your CV, not your contact details.</li>
          <li>Never passwords, cookies or your browsing history.</li>
          <li>
            Nothing leaves your device: no account, no server, no analytics. Your data lives in this browser until you export or delete it.
          </li>
        </ul>
      </section>

      <section class="card" aria-labelledby="planb-title">
        <h2 id="planb-title">The Plan-B idea</h2>
        <p>
          Each active application carries some of your hope, more as it moves from applied to interview to offer. Baskets shows how that
          hope is spread: “as if over 1.6 employers” means most of it sits with one or two. When one employer holds too large a share, it
          suggests applying elsewhere, so a single “no” never takes everything with it.
        </p>
      </section>

      <section class="card" aria-labelledby="sites-title">
        <h2 id="sites-title">Supported sites</h2>
        <p>Baskets recognises a submitted application on these sites ({sites.length}):</p>
        <ul class="site-columns">
          {sites.map((s) => (
            <li key={s.id}>{s.label}</li>
          ))}
        </ul>
        <p class="small muted">You can switch any of them off in the options.</p>
      </section>

      <div class="row welcome-actions">
        <button type="button" class="btn btn-primary" onClick={() => void openDashboard()}>
          Open the dashboard
        </button>
        <button type="button" class="btn" onClick={() => void openOptions()}>
          Options
        </button>
      </div>
    </main>
  );
}
