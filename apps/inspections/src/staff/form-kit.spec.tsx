// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { RepeatedRows } from './form-kit';

afterEach(cleanup);

function Violations({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial.map((text) => ({ text })));
  return (
    <RepeatedRows items={items} onChange={setItems} blank={() => ({ text: '' })} addLabel="Thêm hành vi" removeLabel={(n) => `Bỏ hành vi ${n}`}>
      {(item, index, update) => <input aria-label={`Hành vi ${index + 1}`} value={item.text} onChange={(event) => update({ text: event.target.value })} />}
    </RepeatedRows>
  );
}

const values = () => screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value);

describe('RepeatedRows', () => {
  it('offers no remove button while a single row is left', () => {
    render(<Violations initial={['Không đăng ký']} />);
    expect(screen.queryByRole('button', { name: /Bỏ hành vi/ })).toBeNull();
  });

  it('adds an empty row, edits one row without touching the others, and removes the row named', () => {
    render(<Violations initial={['A', 'B']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Thêm hành vi' }));
    expect(values()).toEqual(['A', 'B', '']);
    fireEvent.change(screen.getByRole('textbox', { name: 'Hành vi 3' }), { target: { value: 'C' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ hành vi 2' }));
    expect(values()).toEqual(['A', 'C']);
  });
});
