/** Export everything (JSON backup or CSV for spreadsheets) and import with a preview (the shared import panel). */
import { useState } from 'preact/hooks';
import { exportCsv, exportJson } from '../../db/index';
import { ImportPanel } from '../components/import-panel';
import { errorMessage } from '../components/format';
import { downloadText } from '../runtime';
import { useDashboard } from './context';
import { toDateInput } from '../components/format';

export function ImportExportView() {
  const api = useDashboard();
  const [busy, setBusy] = useState<'' | 'json' | 'csv'>('');
  const [error, setError] = useState('');

  async function exportAs(kind: 'json' | 'csv') {
    setBusy(kind);
    setError('');
    try {
      const day = toDateInput(new Date().toISOString());
      if (kind === 'json') downloadText(`baskets-${day}.json`, await exportJson(), 'application/json');
      else downloadText(`baskets-${day}.csv`, await exportCsv(), 'text/csv;charset=utf-8');
      api.announce(kind === 'json' ? 'Backup file saved to your downloads.' : 'CSV file saved to your downloads.');
    } catch (e) {
      setError(errorMessage(e, 'The export failed.'));
    } finally {
      setBusy('');
    }
  }

  return (
    <div class="import-export">
      <section aria-labelledby="export-heading" class="card">
        <h2 id="export-heading">Export</h2>
        <p>
          Your data never leaves this device unless you export it. A JSON backup can be imported again exactly; a CSV opens in any
          spreadsheet.
        </p>
        <div class="row">
          <button type="button" class="btn btn-primary" disabled={busy !== ''} onClick={() => void exportAs('json')}>
            {busy === 'json' ? 'Exporting…' : 'Export backup (JSON)'}
          </button>
          <button type="button" class="btn" disabled={busy !== ''} onClick={() => void exportAs('csv')}>
            {busy === 'csv' ? 'Exporting…' : 'Export for spreadsheets (CSV)'}
          </button>
        </div>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </section>
      <div class="card">
        <ImportPanel onImported={() => api.refresh()} />
      </div>
    </div>
  );
}
