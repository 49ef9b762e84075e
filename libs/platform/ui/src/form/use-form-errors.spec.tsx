// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormField } from './FormField';
import { TextInput } from './controls';
import { useFormErrors } from './use-form-errors';

afterEach(cleanup);

type Problem = { fieldId: string; key: 'required' | 'tooLong' };
const words = { vi: { required: 'Nhập họ và tên', tooLong: 'Tối đa 100 ký tự' }, en: { required: 'Enter the full name', tooLong: 'At most 100 characters' } };
let report: (found: readonly Problem[]) => void = () => undefined;
let setLanguage: (language: 'vi' | 'en') => void = () => undefined;

/** A form keeping its problems as keys, worded in the page's language. */
function NameForm() {
  const [language, choose] = useState<'vi' | 'en'>('vi');
  const form = useFormErrors((problem: Problem) => words[language][problem.key], language === 'vi' ? 'Có lỗi cần sửa' : 'There is a problem');
  report = form.report;
  setLanguage = choose;
  return (
    <form noValidate>
      {form.summary}
      <FormField id="name" label="Họ và tên" error={form.errorOf('name')}>
        {(control) => <TextInput {...control} />}
      </FormField>
    </form>
  );
}

describe('useFormErrors', () => {
  it('shows what a submit found in the summary and beside its control, worded again when the language changes', () => {
    render(<NameForm />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => report([{ fieldId: 'name', key: 'required' }]));
    expect(screen.getByRole('alert').textContent).toContain('Có lỗi cần sửa');
    expect(screen.getByRole('link', { name: 'Nhập họ và tên' }).getAttribute('href')).toBe('#name');
    expect(screen.getByRole('textbox', { name: /Họ và tên/ }).getAttribute('aria-invalid')).toBe('true');
    act(() => setLanguage('en'));
    expect(screen.getByRole('link', { name: 'Enter the full name' })).toBeTruthy();
    act(() => report([]));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts every message of a control beside it', () => {
    render(<NameForm />);
    act(() => report([{ fieldId: 'name', key: 'required' }, { fieldId: 'name', key: 'tooLong' }]));
    expect(document.getElementById('name')?.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.body.textContent).toContain('Nhập họ và tên Tối đa 100 ký tự');
  });
});
