// @vitest-environment jsdom
// The inbox suggestion card in the popup: what it says per outcome, one click to record (status at the email's date,
// the note, the resolve message), the closing step after a rejection, the next step after an interview, the choice
// among several applications at one employer, dismissing, and a suggestion whose application is gone.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Status } from '../../../src/core/application';
import type { InboxSuggestion, OutcomeKind } from '../../../src/core/inbox/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readInboxSuggestions } from '../../../src/messages';

const rt = vi.hoisted(() => ({
  notifyDataChanged: vi.fn(async (_status?: unknown) => {}),
  loadSettings: vi.fn(async (): Promise<unknown> => undefined),
  onSettingsChanged: vi.fn(() => () => {}),
  extractActiveTab: vi.fn(),
  openDashboard: vi.fn(async () => {}),
  openOptions: vi.fn(async () => {}),
  copyText: vi.fn(async (_text: string) => true),
  loadCaptureError: vi.fn(async () => null),
  clearCaptureError: vi.fn(async () => {}),
  loadLastCapture: vi.fn(async () => null),
  markLastCaptureSeen: vi.fn(async () => {}),
  clearLastCapture: vi.fn(async () => {}),
  supportedSites: vi.fn(() => [{ id: 'greenhouse', label: 'Greenhouse' }]),
  loadInboxSuggestions: vi.fn(async (): Promise<InboxSuggestion[]> => []),
  onInboxSuggestionsChanged: vi.fn((_cb: (s: InboxSuggestion[]) => void) => () => {}),
  resolveInboxSuggestion: vi.fn(async (_key: string, _outcome: 'recorded' | 'dismissed') => true),
}));

vi.mock('../../../src/ui/runtime', () => rt);

import { Popup } from '../../../src/ui/popup/popup';
import { emailDayLabel, inboxStatusChange } from '../../../src/ui/popup/inbox-suggestion';
import { nextStepAt } from '../../../src/ui/popup/inbox-suggestion-next';
import { addApplication, deleteEverything, getApplication, updateApplication } from '../../../src/db/index';

configure({ asyncUtilTimeout: 5000 });

// Monday 7 December 2026; the emails are of Thursday 3 December.
const NOW = new Date('2026-12-07T09:00:00.000Z');
const EMAIL_DATE = '2026-12-03T14:30:00.000Z';
let n = 0;
let keys = 0;

async function app(company: string, title: string, status: Status = 'applied', appliedAt = '2026-11-10T10:00:00.000Z') {
  n += 1;
  const { record } = await addApplication(
    { company, title, location: 'Berlin', url: `https://boards.greenhouse.io/x/jobs/${n}`, source: 'greenhouse', jobId: String(n) },
    { method: 'auto', signal: 'test', appliedAt, status },
  );
  return record;
}

/** A suggestion as the background stores it, passed through the same reader the runtime uses. */
function suggestion(kind: OutcomeKind, applicationIds: string[], over: Partial<InboxSuggestion> = {}): InboxSuggestion {
  const [s] = readInboxSuggestions([
    {
      key: `feed${String((keys += 1)).padStart(12, '0')}`,
      kind,
      applicationIds,
      company: 'Acme',
      title: 'Data Analyst',
      emailDate: EMAIL_DATE,
      senderDomain: 'greenhouse-mail.io',
      createdAt: '2026-12-03T14:31:00.000Z',
      ...over,
    },
  ]);
  if (!s) throw new Error('the test suggestion does not pass readInboxSuggestions');
  return s;
}

function show(...suggestions: InboxSuggestion[]) {
  rt.loadInboxSuggestions.mockResolvedValue(suggestions);
  return render(<Popup now={NOW} />);
}

const card = async () => {
  await screen.findByRole('heading', { name: 'From your inbox' });
  return screen.getByRole('region', { name: 'From your inbox' });
};

beforeEach(async () => {
  vi.clearAllMocks();
  rt.loadSettings.mockResolvedValue({ ...DEFAULT_SETTINGS });
  rt.resolveInboxSuggestion.mockResolvedValue(true);
  await deleteEverything();
});
afterEach(() => cleanup());

describe('the card', () => {
  it.each([
    ['rejection', 'Record a rejection?', 'Record rejection'],
    ['interview', 'Record an interview?', 'Record interview'],
    ['offer', 'Record an offer?', 'Record offer'],
    ['assessment', 'Record an assessment?', 'Record assessment'],
  ] as const)('asks about a %s in the shared wording, with the email date and sender domain', async (kind, ask, button) => {
    const a = await app('Acme', 'Data Analyst');
    show(suggestion(kind, [a.id]));
    const c = await card();
    expect(within(c).getByText(/^From your inbox:/).textContent).toBe(`From your inbox: Acme has answered about Data Analyst. ${ask}`);
    expect(within(c).getByText('Acme').tagName).toBe('STRONG');
    expect(within(c).getByText('Data Analyst').tagName).toBe('STRONG');
    expect(within(c).getByText('Email of Thu 3 Dec · greenhouse-mail.io')).toBeTruthy();
    expect(within(c).getByRole('button', { name: button })).toBeTruthy();
    expect(within(c).getByRole('button', { name: 'Not this' })).toBeTruthy();
    // It is not behind "N things need you": the record button is there without opening anything.
    expect(screen.queryByRole('button', { name: /things? needs? you/ })).toBeNull();
  });

  it('shows the kept quote, and the application as Baskets has it now', async () => {
    const a = await app('Acme Analytics GmbH', 'Senior Data Analyst');
    show(suggestion('rejection', [a.id], { quote: 'We have decided to move forward with other candidates.' }));
    const c = await card();
    expect(within(c).getByText('“We have decided to move forward with other candidates.”')).toBeTruthy();
    expect(within(c).getByText(/^From your inbox:/).textContent).toBe(
      'From your inbox: Acme Analytics GmbH has answered about Senior Data Analyst. Record a rejection?',
    );
  });

  it('shows one suggestion at a time, newest first, with "1 of 2" and Next', async () => {
    const a = await app('Acme', 'Data Analyst');
    const b = await app('Globex', 'BI Developer');
    const older = suggestion('rejection', [a.id], { createdAt: '2026-12-02T08:00:00.000Z' });
    const newer = suggestion('interview', [b.id], { company: 'Globex', title: 'BI Developer', key: 'bbbbbbbbbbbbbbbb' });
    show(older, newer);
    const c = await card();
    expect(within(c).getByText('1 of 2')).toBeTruthy();
    expect(within(c).getByRole('button', { name: 'Record interview' })).toBeTruthy();
    fireEvent.click(within(c).getByRole('button', { name: 'Next suggestion' }));
    expect(await within(c).findByRole('button', { name: 'Record rejection' })).toBeTruthy();
    expect(within(c).getByText('2 of 2')).toBeTruthy();
  });

  it('shows a suggestion that arrives while the popup is open', async () => {
    const a = await app('Acme', 'Data Analyst');
    let push: (s: InboxSuggestion[]) => void = () => {};
    rt.onInboxSuggestionsChanged.mockImplementation((cb) => {
      push = cb;
      return () => {};
    });
    show();
    await screen.findByText('Data Analyst');
    expect(screen.queryByRole('region', { name: 'From your inbox' })).toBeNull();
    push([suggestion('offer', [a.id])]);
    expect(within(await card()).getByRole('button', { name: 'Record offer' })).toBeTruthy();
  });
});

describe('one click', () => {
  it('records a rejection at the email date with the note, resolves it, and opens the closing step with Undo', async () => {
    const a = await app('Acme', 'Data Analyst', 'screening');
    const s = suggestion('rejection', [a.id], { quote: 'Unfortunately we will not move forward.' });
    show(s);
    fireEvent.click(within(await card()).getByRole('button', { name: 'Record rejection' }));

    const dialog = await screen.findByRole('dialog', { name: 'Rejected: Data Analyst at Acme' });
    const stored = await getApplication(a.id);
    expect(stored?.status).toBe('rejected');
    expect(stored?.history.at(-1)).toEqual({
      status: 'rejected',
      at: EMAIL_DATE,
      note: 'From an email of 3 Dec 2026 from greenhouse-mail.io: “Unfortunately we will not move forward.”',
    });
    expect(rt.resolveInboxSuggestion).toHaveBeenCalledWith(s.key, 'recorded');
    expect(rt.notifyDataChanged).toHaveBeenCalledWith('rejected');
    expect(screen.queryByRole('region', { name: 'From your inbox' })).toBeNull();
    // The closing step: the reflection, and its own Undo back to the status before.
    expect(within(dialog).getByRole('textbox', { name: 'What went well' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /Undo/ }));
    await waitFor(async () => expect((await getApplication(a.id))?.status).toBe('screening'));
    expect(await screen.findByText('Status back to Screening.')).toBeTruthy();
  });

  it("the toast's Undo puts the status back after the closing step is skipped", async () => {
    const a = await app('Acme', 'Data Analyst');
    show(suggestion('rejection', [a.id]));
    fireEvent.click(within(await card()).getByRole('button', { name: 'Record rejection' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skip' }));
    expect(await screen.findByText('Data Analyst at Acme: Rejected.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getApplication(a.id))?.status).toBe('applied'));
    expect((await getApplication(a.id))?.history).toHaveLength(1);
  });

  it('records an interview, then offers its next step and date in the card', async () => {
    const a = await app('Acme', 'Data Analyst');
    show(suggestion('interview', [a.id]));
    fireEvent.click(within(await card()).getByRole('button', { name: 'Record interview' }));

    const form = await screen.findByRole('region', { name: 'Next step for Data Analyst at Acme' });
    expect((await getApplication(a.id))?.status).toBe('interviewing');
    expect((await getApplication(a.id))?.history.at(-1)?.at).toBe(EMAIL_DATE);
    expect(screen.queryByRole('dialog')).toBeNull();
    const step = within(form).getByRole('textbox', { name: 'Next step' }) as HTMLInputElement;
    expect(step.value).toBe('Interview');
    expect(document.activeElement).toBe(step);
    fireEvent.input(step, { target: { value: 'First interview with the team' } });
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2026-12-10' } });
    fireEvent.input(within(form).getByLabelText('Time (optional)'), { target: { value: '14:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save next step' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: /^Next step for/ })).toBeNull());
    const stored = await getApplication(a.id);
    expect(stored?.nextStep).toBe('First interview with the team');
    expect(stored?.nextStepAt).toBe(new Date(2026, 11, 10, 14, 30).toISOString());
    expect(stored?.status).toBe('interviewing');
    // Its Undo takes the step back out and keeps the recorded interview.
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await getApplication(a.id))?.nextStep).toBeUndefined());
    expect((await getApplication(a.id))?.status).toBe('interviewing');
  });

  it('an offer asks "Decide on the offer" by a date; a wrong time or a time without a day is refused', async () => {
    const a = await app('Acme', 'Data Analyst', 'interviewing');
    show(suggestion('offer', [a.id]));
    fireEvent.click(within(await card()).getByRole('button', { name: 'Record offer' }));
    const form = await screen.findByRole('region', { name: 'Next step for Data Analyst at Acme' });
    expect((within(form).getByRole('textbox', { name: 'Next step' }) as HTMLInputElement).value).toBe('Decide on the offer');
    expect(within(form).queryByLabelText('Time (optional)')).toBeNull();
    fireEvent.input(within(form).getByLabelText('Decide by'), { target: { value: '2026-12-14' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save next step' }));
    await waitFor(async () => expect((await getApplication(a.id))?.nextStepAt).toBe(new Date(2026, 11, 14, 12).toISOString()));
    expect((await getApplication(a.id))?.status).toBe('offer');

    expect(nextStepAt('', '10:00')).toEqual({ error: 'Pick the day too.', field: 'day' });
    expect(nextStepAt('2026-02-30', '')).toEqual({ error: 'This is not a date.', field: 'day' });
    expect(nextStepAt('2026-12-14', '25:00')).toEqual({ error: 'This is not a time of day.', field: 'time' });
    expect(nextStepAt('', '')).toEqual({});
  });

  it('Skip after an assessment leaves the application as recorded, and the focus moves to the next suggestion', async () => {
    const a = await app('Acme', 'Data Analyst');
    await updateApplication(a.id, { nextStep: 'Phone screen' });
    const b = await app('Globex', 'BI Developer');
    show(
      suggestion('assessment', [a.id]),
      suggestion('rejection', [b.id], { company: 'Globex', title: 'BI Developer', createdAt: '2026-12-01T08:00:00.000Z' }),
    );
    fireEvent.click(within(await card()).getByRole('button', { name: 'Record assessment' }));
    const form = await screen.findByRole('region', { name: 'Next step for Data Analyst at Acme' });
    // Prefilled with the step this email brings, not the step the record had before it.
    expect((within(form).getByRole('textbox', { name: 'Next step' }) as HTMLInputElement).value).toBe('Assessment');
    expect(within(form).getByLabelText('Due')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Next step for/ })).toBeNull());
    const next = await card();
    expect(within(next).getByRole('button', { name: 'Record rejection' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(next));
    const stored = await getApplication(a.id);
    expect(stored?.status).toBe('screening');
    expect(stored?.nextStep).toBe('Phone screen');
  });

  it('records nothing when the application is already there or further, and says so', async () => {
    const a = await app('Acme', 'Data Analyst', 'offer');
    const s = suggestion('interview', [a.id]);
    show(s);
    const c = await card();
    expect(within(c).getByText('Baskets already has this application as Offer: there is nothing to record.')).toBeTruthy();
    expect(within(c).queryByRole('button', { name: 'Record interview' })).toBeNull();
    fireEvent.click(within(c).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('Nothing recorded: Data Analyst at Acme is already Offer.')).toBeTruthy();
    const stored = await getApplication(a.id);
    expect(stored?.status).toBe('offer');
    expect(stored?.history).toHaveLength(1);
    expect(rt.resolveInboxSuggestion).toHaveBeenCalledWith(s.key, 'dismissed');
  });
});

describe('several applications at one employer', () => {
  it('asks which one; Record is enabled once one is picked, and only that one changes', async () => {
    const analyst = await app('Acme', 'Data Analyst', 'applied', '2026-11-02T10:00:00.000Z');
    const engineer = await app('Acme', 'Data Engineer', 'applied', '2026-11-20T10:00:00.000Z');
    show(suggestion('rejection', [analyst.id, engineer.id], { title: '' }));
    const c = await card();
    expect(within(c).getByText(/^From your inbox:/).textContent).toBe('From your inbox: Acme has answered. Record a rejection?');
    const group = within(c).getByRole('group', { name: 'Which application?' });
    const record = within(c).getByRole('button', { name: 'Record rejection' }) as HTMLButtonElement;
    expect(record.disabled).toBe(true);
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Data Analyst · applied 2 Nov', 'Data Engineer · applied 20 Nov']);
    fireEvent.click(within(group).getByRole('radio', { name: 'Data Engineer · applied 20 Nov' }));
    expect(record.disabled).toBe(false);
    fireEvent.click(record);
    await screen.findByRole('dialog', { name: 'Rejected: Data Engineer at Acme' });
    expect((await getApplication(engineer.id))?.status).toBe('rejected');
    expect((await getApplication(analyst.id))?.status).toBe('applied');
  });
});

describe('Not this, and a suggestion whose application is gone', () => {
  it('Not this resolves it as dismissed, changes nothing and says it will not come back', async () => {
    const a = await app('Acme', 'Data Analyst');
    const s = suggestion('rejection', [a.id]);
    show(s);
    fireEvent.click(within(await card()).getByRole('button', { name: 'Not this' }));
    expect(await screen.findByText('Dismissed. Baskets will not ask about that email again.')).toBeTruthy();
    expect(rt.resolveInboxSuggestion).toHaveBeenCalledWith(s.key, 'dismissed');
    expect(screen.queryByRole('region', { name: 'From your inbox' })).toBeNull();
    expect((await getApplication(a.id))?.history).toHaveLength(1);
    // No Undo is offered for a dismissal: the background has already forgotten the message.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says so honestly when the background did not confirm the dismissal', async () => {
    const a = await app('Acme', 'Data Analyst');
    rt.resolveInboxSuggestion.mockResolvedValue(false);
    show(suggestion('rejection', [a.id]));
    fireEvent.click(within(await card()).getByRole('button', { name: 'Not this' }));
    expect(await screen.findByText('Dismissed for now. Baskets may ask about that email again.')).toBeTruthy();
  });

  it('a suggestion whose application was deleted offers only to dismiss it', async () => {
    await app('Acme', 'Other job');
    const s = suggestion('rejection', ['deleted-id-1']);
    show(s);
    const c = await card();
    expect(within(c).getByText(/no longer in Baskets/).textContent).toBe(
      'From your inbox: Acme has answered about Data Analyst, but that application is no longer in Baskets.',
    );
    expect(within(c).queryByRole('button', { name: 'Record rejection' })).toBeNull();
    fireEvent.click(within(c).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(rt.resolveInboxSuggestion).toHaveBeenCalledWith(s.key, 'dismissed'));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'From your inbox' })).toBeNull());
  });

  it('an application deleted while the card shows is reported, not recreated', async () => {
    const a = await app('Acme', 'Data Analyst');
    show(suggestion('rejection', [a.id]));
    const c = await card();
    await deleteEverything();
    fireEvent.click(within(c).getByRole('button', { name: 'Record rejection' }));
    expect(await screen.findByText('That application is no longer in Baskets.')).toBeTruthy();
    expect(await getApplication(a.id)).toBeUndefined();
    expect(rt.resolveInboxSuggestion).not.toHaveBeenCalled();
  });
});

describe('pure helpers', () => {
  it('inboxStatusChange only moves forward; any answer ends a guessed silence', () => {
    expect(inboxStatusChange('applied', 'rejection')).toBe('rejected');
    expect(inboxStatusChange('interviewing', 'rejection')).toBe('rejected');
    expect(inboxStatusChange('rejected', 'rejection')).toBeNull();
    expect(inboxStatusChange('withdrawn', 'interview')).toBeNull();
    expect(inboxStatusChange('applied', 'assessment')).toBe('screening');
    expect(inboxStatusChange('interviewing', 'assessment')).toBeNull();
    expect(inboxStatusChange('interviewing', 'interview')).toBeNull();
    expect(inboxStatusChange('interviewing', 'offer')).toBe('offer');
    expect(inboxStatusChange('ghosted', 'interview')).toBe('interviewing');
  });

  it('emailDayLabel adds the year only for another year, and is empty for no date', () => {
    expect(emailDayLabel('2026-12-03T14:30:00.000Z', NOW)).toBe('Thu 3 Dec');
    expect(emailDayLabel('2025-12-30T14:30:00.000Z', NOW)).toBe('Tue 30 Dec 2025');
    expect(emailDayLabel('', NOW)).toBe('');
    expect(emailDayLabel('2026-11-20T10:00:00.000Z', NOW, false)).toBe('20 Nov');
  });
});
