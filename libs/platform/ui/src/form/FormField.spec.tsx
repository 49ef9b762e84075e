// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Select, TextArea, TextInput } from './controls';
import { FormField } from './FormField';

afterEach(cleanup);

function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');
}

describe('FormField', () => {
  it('labels the control and links its hint', () => {
    render(
      <FormField id="phone" label="Số điện thoại" hint="Ví dụ: 0205 3812 345">
        {(control) => <TextInput {...control} name="phone" />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
    expect(input.id).toBe('phone');
    expect(descriptionOf(input)).toBe('Ví dụ: 0205 3812 345');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
  });

  it('links the hint then the error, marks the control invalid, and prefixes the error for screen readers', () => {
    render(
      <FormField id="phone" label="Số điện thoại" hint="Ví dụ: 0205 3812 345" error="Nhập số điện thoại gồm 10 chữ số">
        {(control) => <TextInput {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(input)).toBe('Ví dụ: 0205 3812 345 | Lỗi: Nhập số điện thoại gồm 10 chữ số');
  });

  it('without a hint, is described by the error alone, with the given prefix', () => {
    render(
      <FormField id="email" label="Email" error="Enter an email address" errorPrefix="Error">
        {(control) => <TextInput {...control} type="email" />}
      </FormField>,
    );
    expect(descriptionOf(screen.getByRole('textbox', { name: 'Email' }))).toBe('Error: Enter an email address');
  });

  it('has no axe violations with each kind of control, valid or not', async () => {
    const { container } = render(
      <form>
        <FormField id="name" label="Họ và tên">
          {(control) => <TextInput {...control} autoComplete="name" />}
        </FormField>
        <FormField id="content" label="Nội dung" hint="Tối đa 1000 ký tự" error="Nhập nội dung">
          {(control) => <TextArea {...control} />}
        </FormField>
        <FormField id="district" label="Huyện" error="Chọn huyện">
          {(control) => (
            <Select {...control}>
              <option value="">Chọn</option>
              <option value="cl">Cao Lộc</option>
            </Select>
          )}
        </FormField>
      </form>,
    );
    await expectNoAxeViolations(container);
  });
});
