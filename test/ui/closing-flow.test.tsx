// @vitest-environment jsdom
// The closing step on its own (the popup and the dashboard render the same component): the sentence and the
// questions per outcome, where each answer is stored, the undo inside the dialog, and the signed feedback email.
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Application, Status } from '../../src/core/application';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../src/core/settings';

const rt = vi.hoisted(() => {
  let stored: unknown = undefined;
  return {
    get stored() {
      return stored;
    },
    set stored(v: unknown) {
      stored = v;
    },
    notifyDataChanged: vi.fn(async (_status?: unknown) => {}),
    copyText: vi.fn(async (_text: string) => true),
    loadSettings: vi.fn(async () => stored),
    saveSettings: vi.fn(async (next: unknown) => {
      stored = next;
    }),
  };
});

vi.mock('../../src/ui/runtime', () => ({
  notifyDataChanged: rt.notifyDataChanged,
  copyText: rt.copyText,
  loadSettings: async () => (await import('../../src/core/settings')).normalizeSettings(await rt.loadSettings()),
  saveSettings: rt.saveSettings,
  onSettingsChanged: vi.fn(() => () => {}),
}));

import { ClosingFlow } from '../../src/ui/components/closing-flow';
import { addApplication, deleteEverything, getApplication, setStatus } from '../../src/db/index';

configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.clearAllMocks();
  rt.stored = undefined;
  await deleteEverything();
});
afterEach(() => cleanup());

let n = 0;
/** A record that went through `path` (the last status is where it ends), plus `others` applied elsewhere. */
async function closed(path: Status[], others = 3): Promise<Application> {
  for (let i = 0; i < others; i++) {
    await addApplication(
      { company: `Other ${++n}`, title: 'Developer', location: '', url: `https://example.com/o/${n}`, source: 'manual' },
      { method: 'manual', signal: 'test' },
    );
  }
  const { record } = await addApplication(
    { company: 'Acme', title: 'Engineer', location: '', url: `https://example.com/a/${++n}`, source: 'manual' },
    { method: 'manual', signal: 'test' },
  );
  let app = record;
  for (const s of path) app = await setStatus(app.id, s);
  return app;
}

function open(app: Application, props: Partial<Parameters<typeof ClosingFlow>[0]> = {}) {
  const onClose = vi.fn();
  const onSaved = vi.fn();
  render(<ClosingFlow app={app} settings={DEFAULT_SETTINGS} onClose={onClose} onSaved={onSaved} {...props} />);
  const dialog = screen.getByRole('dialog', { name: `${app.status[0]!.toUpperCase()}${app.status.slice(1)}: Engineer at Acme` });
  return { dialog, onClose, onSaved };
}

const labels = (dialog: HTMLElement) => Array.from(dialog.querySelectorAll('textarea')).map((t) => t.labels?.[0]?.textContent);

describe('ClosingFlow', () => {
  it('rejected after an interview: one sentence in proportion, the figure with its source once, three questions, saved', async () => {
    const app = await closed(['interviewing', 'rejected']);
    const { dialog, onClose, onSaved } = open(app);
    expect(
      await within(dialog).findByText(
        'You got to an interview here, further than most applications go, and 3 other applications are still in play.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText(/^You are not alone: about 27% of interviews end in a hire/)).toBeTruthy();
    expect(dialog.textContent!.match(/CareerPlug/g)).toHaveLength(1);
    expect(dialog.textContent!.match(/27%/g)).toHaveLength(1);
    expect(labels(dialog)).toEqual(['What went well', 'What could have gone better', 'Feedback received']);

    const save = within(dialog).getByRole('button', { name: 'Save reflection' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.input(within(dialog).getByLabelText('What went well'), { target: { value: 'Rapport' } });
    fireEvent.input(within(dialog).getByLabelText('What could have gone better'), { target: { value: 'System design' } });
    fireEvent.input(within(dialog).getByLabelText('Feedback received'), { target: { value: 'More Kubernetes' } });
    fireEvent.click(save);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await getApplication(app.id))?.lessons).toEqual({
      wentWell: 'Rapport',
      couldImprove: 'System design',
      feedback: 'More Kubernetes',
    });
    expect(rt.notifyDataChanged).toHaveBeenCalled();
    expect(onSaved).toHaveBeenCalledWith(expect.stringMatching(/^Reflection saved/), expect.any(Function));
    // Its Undo takes the reflection back out and leaves the status as it is.
    await (onSaved.mock.calls[0]![1] as () => Promise<void>)();
    const undone = await getApplication(app.id);
    expect(undone?.lessons).toEqual(app.lessons);
    expect(undone?.status).toBe('rejected');
  });

  it('ghosted: no "what went well" and no "feedback received", one question kept as couldImprove, and a polite follow-up', async () => {
    const app = await closed(['ghosted']);
    const { dialog, onClose } = open(app);
    expect(await within(dialog).findByText(/^A silence says more about a crowded hiring inbox than about you/)).toBeTruthy();
    expect(dialog.textContent).not.toMatch(/Source:|\d+%/);
    expect(labels(dialog)).toEqual(['Anything you would do differently?']);
    expect(within(dialog).queryByLabelText('What went well')).toBeNull();
    expect(within(dialog).queryByLabelText('Feedback received')).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Send one polite follow-up' }));
    expect(within(dialog).getByRole('heading', { name: 'One polite follow-up' })).toBeTruthy();
    expect((within(dialog).getByLabelText('Subject') as HTMLInputElement).value).toBe(
      'Following up on my application for Engineer at Acme',
    );

    fireEvent.input(within(dialog).getByLabelText('Anything you would do differently?'), { target: { value: 'Follow up after a week' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await getApplication(app.id))?.lessons).toEqual({ wentWell: '', couldImprove: 'Follow up after a week', feedback: '' });
  });

  it('withdrawn: asks why the user stepped back, keeps it as couldImprove, offers no email', async () => {
    const app = await closed(['screening', 'withdrawn']);
    const { dialog, onClose } = open(app);
    expect(await within(dialog).findByText(/^Stepping back was your choice/)).toBeTruthy();
    expect(labels(dialog)).toEqual(['Why did you step back?']);
    expect(within(dialog).getByText('What you learned about what you want.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /feedback|follow-up/i })).toBeNull();
    fireEvent.input(within(dialog).getByLabelText('Why did you step back?'), { target: { value: 'I want a smaller team' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await getApplication(app.id))?.lessons.couldImprove).toBe('I want a smaller team');
  });

  it('keeps lessons a question does not show', async () => {
    const app = await closed(['rejected']);
    const withLessons = { ...app, status: 'ghosted' as const, lessons: { wentWell: 'Kept', couldImprove: '', feedback: 'Also kept' } };
    const { dialog, onClose } = open(withLessons);
    fireEvent.input(within(dialog).getByLabelText('Anything you would do differently?'), { target: { value: 'New' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save reflection' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await getApplication(app.id))?.lessons).toEqual({ wentWell: 'Kept', couldImprove: 'New', feedback: 'Also kept' });
  });

  it('offers the undo of the status change inside the dialog, and only when it can do it', async () => {
    const app = await closed(['interviewing', 'rejected']);
    const onUndo = vi.fn(async () => {});
    const { dialog, onClose } = open(app, { previous: 'interviewing', onUndo });
    expect(within(dialog).getByText('Marked rejected.')).toBeTruthy();
    const undo = within(dialog).getByRole('button', { name: 'Undo: back to Interviewing' });
    // Reachable from the keyboard: a real button before the first question (Shift+Tab from the focused field).
    expect(undo.tagName).toBe('BUTTON');
    expect(document.activeElement).toBe(within(dialog).getByLabelText('What went well'));
    fireEvent.click(undo);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onUndo).toHaveBeenCalledTimes(1);
    cleanup();

    const failing = vi.fn(async () => {
      throw new Error('The record changed meanwhile.');
    });
    const second = open(app, { previous: 'interviewing', onUndo: failing });
    fireEvent.click(within(second.dialog).getByRole('button', { name: 'Undo: back to Interviewing' }));
    expect((await within(second.dialog).findByRole('alert')).textContent).toMatch(/^Undo failed.*The record changed meanwhile\./);
    expect(second.onClose).not.toHaveBeenCalled();
    cleanup();

    const third = open(app);
    expect(within(third.dialog).queryByRole('button', { name: /Undo/ })).toBeNull();
  });

  it('skips without writing anything', async () => {
    const app = await closed(['rejected']);
    const { dialog, onClose } = open(app);
    fireEvent.input(within(dialog).getByLabelText('What went well'), { target: { value: 'Not kept' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skip' }));
    expect(onClose).toHaveBeenCalled();
    expect((await getApplication(app.id))?.lessons.wentWell).toBe('');
  });
});

describe('the feedback email in the closing step', () => {
  it('is signed with the name from settings', async () => {
    const app = await closed(['rejected']);
    const settings: Settings = { ...DEFAULT_SETTINGS, yourName: 'Robin Meyer' };
    const { dialog } = open(app, { settings });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ask for feedback' }));
    const body = (within(dialog).getByLabelText('Message') as HTMLTextAreaElement).value;
    expect(body.endsWith('Kind regards,\nRobin Meyer')).toBe(true);
    expect(within(dialog).queryByLabelText('Your name, to sign feedback requests')).toBeNull();
  });

  it('without a name: no placeholder, and one field that saves the name to settings and signs the draft', async () => {
    const app = await closed(['rejected']);
    const { dialog } = open(app);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ask for feedback' }));
    const message = within(dialog).getByLabelText('Message') as HTMLTextAreaElement;
    expect(message.value.endsWith('Kind regards,')).toBe(true);
    expect(message.value).not.toMatch(/\[|your name/i);

    fireEvent.input(within(dialog).getByLabelText('Your name, to sign feedback requests'), { target: { value: ' Sam  Lee ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(message.value.endsWith('Kind regards,\nSam Lee')).toBe(true));
    expect(normalizeSettings(rt.stored).yourName).toBe('Sam Lee');
    expect(within(dialog).queryByLabelText('Your name, to sign feedback requests')).toBeNull();
  });

  it('copying the draft records the request with its follow-up date, and tells the background once', async () => {
    const app = await closed(['rejected']);
    const { dialog, onSaved } = open(app);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ask for feedback' }));
    fireEvent.input(within(dialog).getByLabelText('Follow up on'), { target: { value: 'not a date' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy email' }));
    expect(await within(dialog).findByText('Enter a real follow-up date, or untick the reminder.')).toBeTruthy();
    expect(rt.copyText).not.toHaveBeenCalled();

    fireEvent.input(within(dialog).getByLabelText('Follow up on'), { target: { value: '2099-01-15' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy email' }));
    await waitFor(() => expect(rt.notifyDataChanged).toHaveBeenCalledTimes(1));
    const saved = await getApplication(app.id);
    expect(saved?.feedbackRequestedAt).toBeTruthy();
    expect(saved?.followUpAt?.slice(0, 4)).toBe('2099');
    expect(onSaved).toHaveBeenCalledWith(expect.stringMatching(/^Email copied/));
  });
});
