// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const rt = vi.hoisted(() => ({ notifyDataChanged: vi.fn(async () => {}) }));
vi.mock('../../src/ui/runtime', () => ({
  notifyDataChanged: rt.notifyDataChanged,
  copyText: vi.fn(async () => true),
}));

import { allApplications, deleteEverything, exportJson, listAliases } from '../../src/db/index';
import { Dialog } from '../../src/ui/components/dialog';
import { ErrorBoundary } from '../../src/ui/components/error-boundary';
import { NumberField } from '../../src/ui/components/fields';
import { daysAgo, daysAgoLong, daysAgoShort, errorMessage, fromDateInput, toDateInput } from '../../src/ui/components/format';
import { ImportPanel } from '../../src/ui/components/import-panel';
import { StatusChip } from '../../src/ui/components/status-chip';
import { StorageFullError } from '../../src/db/index';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.clearAllMocks();
  await deleteEverything();
});
afterEach(() => cleanup());

function chooseFile(input: HTMLElement, name: string, text: string, type = 'text/csv') {
  const file = new File([text], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('ImportPanel', () => {
  const CSV = [
    'Company,Title,Date applied,Status',
    'Acme,Engineer,2025-01-10,Applied',
    'Globex,Developer,2025-01-12,Rejected',
    ',,not a date,Applied',
    'Initech,Analyst,2025-01-15,Interviewing',
  ].join('\n');

  it('previews counts and errors by line number, and imports only after confirmation', async () => {
    render(<ImportPanel />);
    chooseFile(screen.getByLabelText('CSV or JSON file'), 'tracker.csv', CSV);
    const preview = await screen.findByRole('list', { name: 'Import preview' });
    expect(preview.textContent).toMatch(/3 new/);
    expect(preview.textContent).toMatch(/0 updated/);
    expect(preview.textContent).toMatch(/1 error\b/);
    expect(screen.getByText(/looks like a spreadsheet tracker \(CSV\)/)).toBeTruthy();
    const errorItem = screen.getByText(/^Line 4: /);
    expect(errorItem.textContent).not.toMatch(/Line 4: Line 4/);
    expect(await allApplications()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Import 3 applications' }));
    expect(await screen.findByText(/3 applications added, 0 applications updated/)).toBeTruthy();
    const stored = await allApplications();
    expect(stored.map((a) => a.company).sort()).toEqual(['Acme', 'Globex', 'Initech']);
    expect(rt.notifyDataChanged).toHaveBeenCalled();
  });

  it('shows a second import of the same file as updates or nothing new, and cancel imports nothing', async () => {
    render(<ImportPanel />);
    chooseFile(screen.getByLabelText('CSV or JSON file'), 'tracker.csv', CSV);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 3 applications' }));
    await screen.findByText(/Import finished/);

    chooseFile(screen.getByLabelText('CSV or JSON file'), 'tracker.csv', CSV);
    const preview = await screen.findByRole('list', { name: 'Import preview' });
    expect(preview.textContent).toMatch(/0 new/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Import preview' })).toBeNull());
    expect((await allApplications()).length).toBe(3);
  });

  it('imports the employer links of a backup whose applications are all here already', async () => {
    render(<ImportPanel />);
    chooseFile(screen.getByLabelText('CSV or JSON file'), 'tracker.csv', CSV);
    fireEvent.click(await screen.findByRole('button', { name: 'Import 3 applications' }));
    await screen.findByText(/Import finished/);
    const backup = { ...JSON.parse(await exportJson()), aliases: [{ key: 'hooli', canonicalKey: 'initech', name: 'Hooli' }] };

    chooseFile(screen.getByLabelText('CSV or JSON file'), 'backup.json', JSON.stringify(backup), 'application/json');
    const preview = await screen.findByRole('list', { name: 'Import preview' });
    expect(preview.textContent).toMatch(/0 new/);
    expect(preview.textContent).toMatch(/1 employer link(?!s)/);
    expect(screen.queryByText(/Nothing new to import/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 employer link' }));
    expect(await screen.findByText(/0 applications added, 0 applications updated, 1 employer link added\./)).toBeTruthy();
    expect(await listAliases()).toEqual([{ key: 'hooli', canonicalKey: 'initech', name: 'Hooli' }]);
  });

  it('refuses a file that cannot be imported and says why', async () => {
    render(<ImportPanel />);
    chooseFile(screen.getByLabelText('CSV or JSON file'), 'empty.csv', '');
    expect(await screen.findByText(/This file is empty/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
  });

  it('reads a Windows-1252 file as Windows-1252 and says so, with the first line it affects', async () => {
    render(<ImportPanel />);
    const text = 'Company,Title,Date applied,Status\r\nAcme,Dev,2025-01-10,Applied\r\nM\u00fcller AG,Ingenieur,2025-01-11,Applied\r\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const input = screen.getByLabelText('CSV or JSON file');
    Object.defineProperty(input, 'files', { value: [new File([bytes], 'excel.csv', { type: 'text/csv' })], configurable: true });
    fireEvent.change(input);
    const note = (await screen.findByText('Read as Windows-1252')).closest('.banner') as HTMLElement;
    expect(note.textContent).toContain('This file is not UTF-8');
    expect(note.textContent).toContain('Line 3, the first this affects, now reads:');
    expect(within(note).getByText('Müller AG,Ingenieur,2025-01-11,Applied')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 applications' }));
    await screen.findByText(/Import finished/);
    expect((await allApplications()).map((a) => a.company).sort()).toEqual(['Acme', 'Müller AG']);
  });

  it('shows no encoding note for a UTF-8 file', async () => {
    render(<ImportPanel />);
    chooseFile(screen.getByLabelText('CSV or JSON file'), 'tracker.csv', '\ufeffCompany,Title\nMüller AG,Dev\n');
    await screen.findByRole('list', { name: 'Import preview' });
    expect(screen.queryByText('Read as Windows-1252')).toBeNull();
  });

  it('lists a stray quote and an unknown status by their lines, once each, and imports the rest', async () => {
    render(<ImportPanel />);
    const text = [
      'Company,Title,Date applied,Status',
      '"Acme,Dev',
      'Beta,"Eng"ineer',
      'Gamma,Ops,2025-01-10,Applied',
      'Delta,QA,2025-01-11,💀',
    ].join('\n');
    chooseFile(screen.getByLabelText('CSV or JSON file'), 'tracker.csv', text);
    const preview = await screen.findByRole('list', { name: 'Import preview' });
    expect(preview.textContent).toMatch(/1 new/);
    expect(preview.textContent).toMatch(/2 errors/);
    const items = [...document.querySelectorAll('.import-errors li')].map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Lines 2–3: text after the closing quote of a quoted field/),
      expect.stringMatching(/^Line 5: the status "💀" is not one Baskets knows/),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 application' }));
    await screen.findByText(/Import finished/);
    expect((await allApplications()).map((a) => a.company)).toEqual(['Gamma']);
  });

  it('renders hostile text from the file as text', async () => {
    const { container } = render(<ImportPanel />);
    chooseFile(
      screen.getByLabelText('CSV or JSON file'),
      'evil.csv',
      'Company,Title,Date applied\n"<img src=x onerror=alert(1)>",Engineer,2025-01-10\n',
    );
    await screen.findByRole('list', { name: 'Import preview' });
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('StatusChip', () => {
  it('shows the status as a word, not only a colour', () => {
    render(<StatusChip status="ghosted" />);
    expect(screen.getByText('Ghosted').className).toContain('chip-ghosted');
  });
});

describe('Dialog', () => {
  function Harness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
        {open && (
          <Dialog
            title="Confirm"
            onClose={() => setOpen(false)}
            actions={
              <>
                <button type="button">First</button>
                <button type="button">Last</button>
              </>
            }
          >
            <p>Body</p>
          </Dialog>
        )}
      </>
    );
  }

  it('is labelled, takes focus, keeps Tab inside, closes on Escape and gives focus back', () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Confirm' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const first = screen.getByRole('button', { name: 'First' });
    const last = screen.getByRole('button', { name: 'Last' });
    expect(document.activeElement).toBe(first);
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('ErrorBoundary', () => {
  it('shows what went wrong instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new StorageFullError();
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/This page ran into a problem.*no room left/);
    spy.mockRestore();
  });
});

describe('fields', () => {
  it('ties an inline error to its field', () => {
    render(<NumberField label="Ghost days" value="1" onInput={() => {}} error="Must be at least 3." hint="3–180" />);
    const input = screen.getByLabelText('Ghost days');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toEqual(['3–180', 'Must be at least 3.']);
  });
});

describe('format', () => {
  it('counts calendar days since applying', () => {
    const now = new Date(2025, 2, 10, 9, 0);
    expect(daysAgoShort(new Date(2025, 2, 10, 8, 0).toISOString(), now)).toBe('today');
    expect(daysAgoShort(new Date(2025, 2, 7, 23, 0).toISOString(), now)).toBe('3 d');
  });

  it('gives both wordings of "how long ago" from one reading of the date', () => {
    const now = new Date(2025, 2, 10, 9, 0);
    for (const iso of [
      new Date(2025, 2, 10, 8, 0).toISOString(),
      new Date(2025, 2, 9, 23, 0).toISOString(),
      new Date(2025, 2, 7, 23, 0).toISOString(),
      new Date(2025, 2, 12, 8, 0).toISOString(),
      'not a date',
    ]) {
      expect(daysAgo(iso, now)).toEqual({ short: daysAgoShort(iso, now), long: daysAgoLong(iso, now) });
    }
    expect(daysAgo(new Date(2025, 2, 9, 23, 0).toISOString(), now)).toEqual({ short: '1 d', long: 'yesterday' });
  });

  it('round-trips date inputs in local time', () => {
    expect(toDateInput(fromDateInput('2025-03-09'))).toBe('2025-03-09');
    expect(fromDateInput('')).toBeUndefined();
  });

  it('passes the store’s own messages through to users', () => {
    expect(errorMessage(new StorageFullError())).toMatch(/no room left/);
    expect(errorMessage('boom', 'Saving failed.')).toBe('Saving failed.');
  });
});
