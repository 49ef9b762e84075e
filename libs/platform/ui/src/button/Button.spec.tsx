// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Button } from './Button';

afterEach(cleanup);

describe('Button', () => {
  it('is a plain button that does not submit a form unless asked', () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button>Xem thêm</Button>
        <Button type="submit">Gửi</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('while loading, says so, keeps focus and ignores clicks', () => {
    const onClick = vi.fn();
    const { rerender } = render(
      <Button loading onClick={onClick}>
        Lưu
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Lưu (Đang xử lý)' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect((button as HTMLButtonElement).disabled).toBe(false);
    button.focus();
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button);

    rerender(
      <Button onClick={onClick} loadingText="Saving">
        Lưu
      </Button>,
    );
    expect(button.hasAttribute('aria-busy')).toBe(false);
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('takes a translated loading text', () => {
    render(
      <Button loading loadingText="Saving">
        Save
      </Button>,
    );
    expect(screen.getByRole('button', { name: 'Save (Saving)' })).toBeTruthy();
  });

  it('styles each variant its own way', () => {
    render(
      <div>
        <Button>Chính</Button>
        <Button variant="secondary">Phụ</Button>
        <Button variant="danger">Xoá</Button>
      </div>,
    );
    const variantClasses = screen.getAllByRole('button').map((button) => button.classList[1]);
    expect(new Set(variantClasses).size).toBe(3);
    expect(variantClasses.every(Boolean)).toBe(true);
  });

  it('has no axe violations in any variant', async () => {
    const { container } = render(
      <div>
        <Button>Chính</Button>
        <Button variant="secondary">Phụ</Button>
        <Button variant="danger">Xoá</Button>
        <Button loading>Đang lưu</Button>
        <Button disabled>Không dùng được</Button>
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
