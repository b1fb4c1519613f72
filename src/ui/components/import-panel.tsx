import { useId, useState } from 'preact/hooks';
import { decodeText } from '../../core/csv';
import { previewImport, type ImportPreview } from '../../db/index';
import { commitImport } from '../data';
import { Banner } from './banner';
import { errorMessage, plural } from './format';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ERRORS_SHOWN = 50;

const FORMAT_LABELS: Record<ImportPreview['format'], string> = {
  'baskets-json': 'a Baskets backup (JSON)',
  'baskets-csv': 'a Baskets CSV export',
  'tracker-csv': 'a spreadsheet tracker (CSV)',
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; preview: ImportPreview }
  | { kind: 'importing'; fileName: string; preview: ImportPreview }
  | { kind: 'done'; added: number; updated: number; linked: number }
  | { kind: 'error'; message: string };

/**
 * Import a CSV or JSON file in two steps: a preview (what would be added, updated, skipped, and which lines
 * have errors, by line number), then an explicit confirmation that commits everything in one transaction.
 * Shared by the options page, the welcome page and the dashboard.
 */
export function ImportPanel({
  headingLevel = 2,
  title = 'Import applications',
  intro,
  onImported,
}: {
  headingLevel?: 2 | 3;
  title?: string;
  intro?: string;
  onImported?: (result: { added: number; updated: number; linked: number }) => void;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const inputId = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';

  async function onFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setPhase({
        kind: 'error',
        message: `${file.name} is larger than 20 MB, which is more than a tracker needs. Split it or export fewer columns.`,
      });
      return;
    }
    setPhase({ kind: 'reading', fileName: file.name });
    try {
      // Bytes, not file.text(): that would turn every byte of a Windows-1252 file that is not UTF-8 into U+FFFD.
      const { text, ...decoded } = decodeText(new Uint8Array(await file.arrayBuffer()));
      const preview = await previewImport(text, file.name, decoded);
      setPhase({ kind: 'preview', fileName: file.name, preview });
    } catch (err) {
      setPhase({ kind: 'error', message: errorMessage(err, `${file.name} could not be read.`) });
    }
  }

  async function onCommit(fileName: string, preview: ImportPreview) {
    setPhase({ kind: 'importing', fileName, preview });
    try {
      const result = await commitImport(preview);
      setPhase({ kind: 'done', ...result });
      setInputKey((k) => k + 1);
      onImported?.(result);
    } catch (err) {
      setPhase({ kind: 'error', message: errorMessage(err, 'Nothing was imported.') });
    }
  }

  function reset() {
    setPhase({ kind: 'idle' });
    setInputKey((k) => k + 1);
  }

  const busy = phase.kind === 'reading' || phase.kind === 'importing';

  return (
    <section class="import-panel" aria-labelledby={`${inputId}-title`}>
      <H id={`${inputId}-title`}>{title}</H>
      {intro && <p>{intro}</p>}
      <div class="field">
        <label for={inputId}>CSV or JSON file</label>
        <input
          key={inputKey}
          id={inputId}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => void onFile((e.currentTarget as HTMLInputElement).files?.[0])}
        />
        <span class="field-hint" id={`${inputId}-hint`}>
          A Baskets export, or a spreadsheet with columns such as Company, Title, Date applied and Status. Nothing is imported until you
          confirm.
        </span>
      </div>

      <div role="status" aria-live="polite">
        {phase.kind === 'reading' && <p class="muted">Reading {phase.fileName}…</p>}
        {phase.kind === 'importing' && <p class="muted">Importing…</p>}
        {phase.kind === 'done' && (
          <Banner tone="success" title="Import finished">
            <p>
              {plural(phase.added, 'application')} added, {plural(phase.updated, 'application')} updated
              {phase.linked > 0 && `, ${plural(phase.linked, 'employer link')} added`}.
            </p>
          </Banner>
        )}
      </div>
      {phase.kind === 'error' && (
        <Banner tone="danger" role="alert" title="Import failed">
          <p>{phase.message}</p>
        </Banner>
      )}

      {(phase.kind === 'preview' || phase.kind === 'importing') && (
        <ImportPreviewView
          fileName={phase.fileName}
          preview={phase.preview}
          busy={phase.kind === 'importing'}
          onCommit={() => void onCommit(phase.fileName, phase.preview)}
          onCancel={reset}
        />
      )}
    </section>
  );
}

export function ImportPreviewView({
  fileName,
  preview,
  busy,
  onCommit,
  onCancel,
}: {
  fileName: string;
  preview: ImportPreview;
  busy: boolean;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const changes = preview.toAdd + preview.toUpdate;
  // A backup restored where its records already are may still bring employer links.
  const links = preview.linksToAdd;
  const errors = preview.errors;
  return (
    <div class="card import-preview">
      <p>
        <strong>{fileName}</strong> looks like {FORMAT_LABELS[preview.format] ?? 'a file Baskets can read'}.
      </p>
      {preview.encoding && (
        <Banner tone="warning" title="Read as Windows-1252" class="import-encoding">
          <p>
            This file is not UTF-8, so Baskets read it as Windows-1252 (Western European), the way older spreadsheet programs save CSV
            files. Line {preview.encoding.line}, the first this affects, now reads:
          </p>
          <p>
            <q>{preview.encoding.text}</q>
          </p>
          <p>If its letters look wrong, save the file as "CSV UTF-8" and choose it again.</p>
        </Banner>
      )}
      <ul class="counts" aria-label="Import preview">
        <li>
          <strong>{preview.toAdd}</strong> new
        </li>
        <li>
          <strong>{preview.toUpdate}</strong> updated
        </li>
        <li>
          <strong>{preview.skipped}</strong> skipped
        </li>
        {links > 0 && (
          <li>
            <strong>{links}</strong> employer {links === 1 ? 'link' : 'links'}
          </li>
        )}
        <li>
          <strong>{errors.length}</strong> {errors.length === 1 ? 'error' : 'errors'}
        </li>
      </ul>
      {errors.length > 0 && (
        <>
          <p>
            {preview.ok
              ? 'These lines will be left out:'
              : 'The file cannot be imported as it is. Fix these lines and choose the file again:'}
          </p>
          <ul class="import-errors">
            {errors.slice(0, ERRORS_SHOWN).map((e, i) => (
              <li key={`${e.line}-${i}`}>{e.line > 0 && !/^lines?\s+\d+/i.test(e.message) ? `Line ${e.line}: ${e.message}` : e.message}</li>
            ))}
          </ul>
          {errors.length > ERRORS_SHOWN && <p class="muted">…and {errors.length - ERRORS_SHOWN} more.</p>}
        </>
      )}
      {preview.ok && changes === 0 && links === 0 && <p>Nothing new to import: everything in this file is already in Baskets.</p>}
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={busy || !preview.ok || changes + links === 0} onClick={onCommit}>
          {changes > 0 ? `Import ${plural(changes, 'application')}` : links > 0 ? `Import ${plural(links, 'employer link')}` : 'Import'}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
