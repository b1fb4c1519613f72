/**
 * Possible duplicates (the same job logged from two sites) with a Merge that lets the user choose which record
 * to keep, and employer aliases: link two names as one employer, list the links, unlink.
 */
import { useState } from 'preact/hooks';
import { LIMITS, type Application } from '../../core/application';
import { cleanText } from '../../core/sanitize';
import { listAliases, possibleDuplicates } from '../../db/index';
import { linkCompanies, mergeApplications, unlinkCompany } from '../data';
import { Banner } from '../components/banner';
import { errorMessage } from '../components/format';
import { Loading } from '../components/states';
import { StatusChip } from '../components/status-chip';
import { useDashboard } from './context';
import { formatDate, siteLabel } from './format';
import { useLoad } from './use-records';

export function DuplicatesView() {
  return (
    <div class="duplicates">
      <DuplicatePairs />
      <EmployerLinks />
    </div>
  );
}

type Pair = { a: Application; b: Application; reason: string };

function DuplicatePairs() {
  const api = useDashboard();
  const loaded = useLoad(() => possibleDuplicates(), [api.version]);
  return (
    <section aria-labelledby="dups-heading">
      <h2 id="dups-heading">Possible duplicates</h2>
      <p class="muted">
        The same job title at the same employer, logged from another site within 30 days. Merging keeps one record and both histories.
      </p>
      {loaded.state === 'loading' && <Loading label="Looking for duplicates…" />}
      {loaded.state === 'error' && (
        <Banner tone="danger" role="alert">
          <p>{loaded.message}</p>
        </Banner>
      )}
      {loaded.state === 'ready' &&
        (loaded.value.length === 0 ? (
          <p>No possible duplicates.</p>
        ) : (
          <ul class="plain-list dup-list">
            {loaded.value.map((pair) => (
              <li key={`${pair.a.id}|${pair.b.id}`}>
                <DuplicatePair pair={pair} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function DuplicatePair({ pair }: { pair: Pair }) {
  const api = useDashboard();
  const [keep, setKeep] = useState<string>(pair.a.id);
  const [busy, setBusy] = useState(false);
  const name = `keep-${pair.a.id}-${pair.b.id}`;

  async function merge() {
    const keepId = keep;
    const mergeId = keepId === pair.a.id ? pair.b.id : pair.a.id;
    setBusy(true);
    try {
      const kept = await mergeApplications(keepId, mergeId);
      api.announce(`Merged: kept the ${siteLabel(kept.source, kept.url)} record of ${kept.company} — ${kept.title}, with both histories.`);
    } catch (e) {
      api.showError(e);
    } finally {
      setBusy(false);
    }
  }

  const option = (app: Application) => (
    <label class="dup-option">
      <input type="radio" name={name} value={app.id} checked={keep === app.id} onChange={() => setKeep(app.id)} />
      <span>
        <strong>{app.company}</strong> — {app.title}
        <br />
        <span class="small">
          via {siteLabel(app.source, app.url)} · applied {formatDate(app.appliedAt)} · <StatusChip status={app.status} /> ·{' '}
          {app.history.length} history entr{app.history.length === 1 ? 'y' : 'ies'}
        </span>
      </span>
    </label>
  );

  return (
    <fieldset class="card dup-pair">
      <legend>
        {pair.a.company} — {pair.a.title}
      </legend>
      <p class="small muted">{pair.reason}</p>
      <p class="small">Keep which one?</p>
      {option(pair.a)}
      {option(pair.b)}
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void merge()}>
          Merge into the chosen record
        </button>
        <button type="button" class="btn" onClick={() => api.openRecord(pair.a.id)}>
          Open first
        </button>
        <button type="button" class="btn" onClick={() => api.openRecord(pair.b.id)}>
          Open second
        </button>
      </div>
    </fieldset>
  );
}

function EmployerLinks() {
  const api = useDashboard();
  const loaded = useLoad(() => listAliases(), [api.version]);
  const [name, setName] = useState('');
  const [sameAs, setSameAs] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function link(e: Event) {
    e.preventDefault();
    const a = cleanText(name, LIMITS.company);
    const b = cleanText(sameAs, LIMITS.company);
    if (!a || !b) {
      setError('Enter both employer names.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      await linkCompanies(a, b);
      setName('');
      setSameAs('');
      api.announce(`Linked: “${a}” now counts as “${b}”.`);
    } catch (err) {
      setError(errorMessage(err, 'The names could not be linked.'));
    } finally {
      setBusy(false);
    }
  }

  async function unlink(aliasName: string) {
    try {
      await unlinkCompany(aliasName);
      api.announce(`“${aliasName}” counts as its own employer again.`);
    } catch (err) {
      api.showError(err);
    }
  }

  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">Employers with several names</h2>
      <p class="muted">
        Baskets already treats “Acme, Inc.” and “ACME” as one employer. Link names it cannot guess (a brand and its parent, a renamed
        company) so Plan B counts them as one basket.
      </p>
      <form class="card link-form" onSubmit={(e) => void link(e)} noValidate>
        <div class="row">
          <div class="field">
            <label for="alias-name">Employer name</label>
            <input
              id="alias-name"
              type="text"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              aria-invalid={error && !name.trim() ? 'true' : undefined}
            />
          </div>
          <div class="field">
            <label for="alias-same">is the same employer as</label>
            <input
              id="alias-same"
              type="text"
              value={sameAs}
              onInput={(e) => setSameAs(e.currentTarget.value)}
              aria-invalid={error && !sameAs.trim() ? 'true' : undefined}
            />
          </div>
          <button type="submit" class="btn btn-primary" disabled={busy}>
            Link names
          </button>
        </div>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {loaded.state === 'ready' &&
        (loaded.value.length === 0 ? (
          <p>No linked names yet.</p>
        ) : (
          <table class="data-table">
            <caption>Linked names</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Counts as</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.map((alias) => (
                <tr key={alias.key}>
                  <th scope="row">{alias.name}</th>
                  <td>{alias.canonicalKey}</td>
                  <td>
                    <button type="button" class="btn btn-small" onClick={() => void unlink(alias.name)} aria-label={`Unlink ${alias.name}`}>
                      Unlink
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {loaded.state === 'error' && (
        <Banner tone="danger" role="alert">
          <p>{loaded.message}</p>
        </Banner>
      )}
    </section>
  );
}
