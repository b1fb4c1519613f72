// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusMenu } from '../../src/ui/components/status-menu';

afterEach(cleanup);

function setup(onChoose = vi.fn()) {
  render(<StatusMenu value="applied" subject="Data Analyst at Acme" onChoose={onChoose} />);
  return { onChoose, button: screen.getByRole('button', { name: 'Applied: change the status of Data Analyst at Acme' }) };
}

describe('StatusMenu', () => {
  it('shows one status, as a button whose name starts with its visible text', () => {
    const { button } = setup();
    expect(button.textContent).toContain('Applied');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens on ArrowDown without changing anything; arrows only move; Enter chooses', () => {
    const { onChoose, button } = setup();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = screen.getByRole('menu', { name: 'Status of Data Analyst at Acme' });
    expect(onChoose).not.toHaveBeenCalled();
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent)).toEqual([
      'Applied',
      'Screening',
      'Interviewing',
      'Offer',
      'Accepted',
      'Rejected',
      'Ghosted',
      'Withdrawn',
    ]);
    expect(items[0]?.getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.keyDown(items[2]!, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith('interviewing');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on Escape with no change, and choosing the current status changes nothing', () => {
    const { onChoose, button } = setup();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Applied' }));
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('type-ahead moves to the next status with that letter; a click chooses', () => {
    const { onChoose, button } = setup();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'r' });
    expect(onChoose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('menuitemradio', { name: 'Rejected' }));
    expect(onChoose).toHaveBeenCalledWith('rejected');
  });
});
