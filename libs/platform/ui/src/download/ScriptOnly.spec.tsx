// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ScriptOnly } from './ScriptOnly';

const Downloads = () => (
  <section>
    <a href="/open-data/indicators.csv">Dữ liệu mở (CSV)</a>
    <ScriptOnly>
      <button type="button">Tải CSV</button>
    </ScriptOnly>
  </section>
);

describe('ScriptOnly', () => {
  it('keeps its room in the HTML the server renders, out of reach, so a reader without JavaScript gets no dead button', () => {
    const page = document.createElement('div');
    page.innerHTML = renderToString(<Downloads />);
    expect(page.textContent).toContain('Dữ liệu mở (CSV)');
    expect(page.querySelector('button')?.closest('[inert]')).toBeInstanceOf(HTMLElement);
  });

  it('appears once the script hydrates the page, without a hydration error', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Downloads />);
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Downloads />, { onRecoverableError });
    });
    expect(container.querySelector('button')?.textContent).toBe('Tải CSV');
    expect(container.querySelector('button')?.closest('[inert]')).toBeNull();
    expect(container.querySelector('[inert]')).toBeNull();
    expect(onRecoverableError).not.toHaveBeenCalled();
  });
});
