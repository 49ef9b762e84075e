// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Button } from '../button/Button';
import { TextInput } from './controls';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { FormField } from './FormField';

afterEach(cleanup);

const errors: FieldError[] = [
  { fieldId: 'name', message: 'Nhập họ và tên' },
  { fieldId: 'phone', message: 'Nhập số điện thoại' },
];

/** A form that finds the same errors on every submit, as a server validating it would. */
function FeedbackForm({ errorsOnSubmit = errors }: { errorsOnSubmit?: FieldError[] }) {
  const [found, setFound] = useState<FieldError[]>([]);
  const [submits, setSubmits] = useState(0);
  const errorOf = (id: string) => found.find((error) => error.fieldId === id)?.message;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFound(errorsOnSubmit);
        setSubmits((count) => count + 1);
      }}
    >
      <ErrorSummary errors={found} focusKey={submits} />
      <FormField id="name" label="Họ và tên" error={errorOf('name')}>
        {(control) => <TextInput {...control} />}
      </FormField>
      <FormField id="phone" label="Số điện thoại" error={errorOf('phone')}>
        {(control) => <TextInput {...control} />}
      </FormField>
      <Button type="submit">Gửi</Button>
    </form>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('is an alert with a heading and a link to each field', () => {
    render(<ErrorSummary errors={errors} />);
    const summary = screen.getByRole('alert', { name: 'Có lỗi cần sửa' });
    expect(within(summary).getByRole('heading', { level: 2, name: 'Có lỗi cần sửa' })).toBeTruthy();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Nhập họ và tên', '#name'],
      ['Nhập số điện thoại', '#phone'],
    ]);
  });

  it('takes focus when it appears with errors', () => {
    render(<ErrorSummary errors={errors} title="There is a problem" />);
    expect(document.activeElement).toBe(screen.getByRole('alert', { name: 'There is a problem' }));
  });

  it('takes focus when errors appear after a submit, and again on the next submit', () => {
    render(<FeedbackForm />);
    const submit = screen.getByRole('button', { name: 'Gửi' });
    submit.focus();
    fireEvent.click(submit);
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);

    screen.getByRole('textbox', { name: 'Họ và tên' }).focus();
    fireEvent.click(submit);
    expect(document.activeElement).toBe(summary);
  });

  it('does not steal focus from a field when the page re-renders with the same errors', () => {
    const { rerender } = render(<ErrorSummary errors={errors} focusKey={1} />);
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    rerender(<ErrorSummary errors={[...errors]} focusKey={1} />);
    expect(document.activeElement).toBe(input);
    input.remove();
  });

  it('moves focus to the field when its error is followed', () => {
    render(<FeedbackForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    fireEvent.click(screen.getByRole('link', { name: 'Nhập số điện thoại' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Số điện thoại' }));
  });

  it('has no axe violations in a form with errors', async () => {
    const { container } = render(<FeedbackForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    await expectNoAxeViolations(container);
  });
});
