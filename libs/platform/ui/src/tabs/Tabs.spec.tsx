// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Tabs, type TabItem } from './Tabs';

afterEach(cleanup);

const tabs: TabItem[] = [
  { id: '2023', label: 'Năm 2023', panel: <p>Chỉ tiêu 2023</p> },
  { id: '2024', label: 'Năm 2024', panel: <p>Chỉ tiêu 2024</p> },
  { id: '2025', label: 'Năm 2025', panel: <p>Chỉ tiêu 2025</p> },
];

function tab(name: string): HTMLElement {
  return screen.getByRole('tab', { name });
}

function tabStops(): string[] {
  return screen.getAllByRole('tab').filter((element) => element.tabIndex === 0).map((element) => element.textContent ?? '');
}

describe('Tabs', () => {
  it('selects the first tab, puts only it in the Tab order and shows its panel', () => {
    render(<Tabs label="Chỉ tiêu theo năm" tabs={tabs} />);
    expect(screen.getByRole('tablist', { name: 'Chỉ tiêu theo năm' })).toBeTruthy();
    expect(tab('Năm 2023').getAttribute('aria-selected')).toBe('true');
    expect(tabStops()).toEqual(['Năm 2023']);
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toBe('Chỉ tiêu 2023');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('Năm 2023').id);
    expect(tab('Năm 2023').getAttribute('aria-controls')).toBe(panel.id);
  });

  it('moves with the arrow keys, wrapping at both ends, and selects what it reaches', () => {
    const onSelect = vi.fn();
    render(<Tabs label="Năm" tabs={tabs} onSelect={onSelect} />);
    tab('Năm 2023').focus();

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Năm 2024'));
    expect(tab('Năm 2024').getAttribute('aria-selected')).toBe('true');
    expect(tabStops()).toEqual(['Năm 2024']);
    expect(screen.getByRole('tabpanel').textContent).toBe('Chỉ tiêu 2024');

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Năm 2023'));

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Năm 2025'));
    expect(onSelect.mock.calls.map(([id]) => id)).toEqual(['2024', '2025', '2023', '2025']);
  });

  it('goes to the first tab with Home and the last with End', () => {
    render(<Tabs label="Năm" tabs={tabs} defaultSelectedId="2024" />);
    tab('Năm 2024').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(tab('Năm 2025'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(tab('Năm 2023'));
    expect(tab('Năm 2023').getAttribute('aria-selected')).toBe('true');
  });

  it('with manual activation, arrows move focus only and pressing the tab (click, Enter or Space) selects', () => {
    render(<Tabs label="Năm" tabs={tabs} activation="manual" />);
    tab('Năm 2023').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('Năm 2024'));
    expect(tab('Năm 2023').getAttribute('aria-selected')).toBe('true');
    fireEvent.click(tab('Năm 2024'));
    expect(tab('Năm 2024').getAttribute('aria-selected')).toBe('true');
  });

  it('follows the selection of the page when the page owns it', () => {
    const { rerender } = render(<Tabs label="Năm" tabs={tabs} selectedId="2025" />);
    expect(screen.getByRole('tabpanel').textContent).toBe('Chỉ tiêu 2025');
    rerender(<Tabs label="Năm" tabs={tabs} selectedId="2024" />);
    expect(screen.getByRole('tabpanel').textContent).toBe('Chỉ tiêu 2024');
  });

  it('ignores other keys', () => {
    render(<Tabs label="Năm" tabs={tabs} />);
    tab('Năm 2023').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(tab('Năm 2023'));
  });

  it('has no axe violations', async () => {
    const { container } = render(<Tabs label="Chỉ tiêu theo năm" tabs={tabs} defaultSelectedId="2024" />);
    await expectNoAxeViolations(container);
  });
});
