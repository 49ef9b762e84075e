// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Alert, type AlertVariant } from './Alert';

afterEach(cleanup);

describe('Alert', () => {
  it('interrupts only for errors: role="alert" for them, role="status" for the rest', () => {
    const roles = (['info', 'success', 'warning', 'error'] as AlertVariant[]).map((variant) => {
      const { container, unmount } = render(<Alert variant={variant}>Nội dung</Alert>);
      const box = container.firstElementChild!;
      const role = box.getAttribute('role');
      expect(box.classList).toHaveLength(2); // the box, and its variant's colours
      unmount();
      return role;
    });
    expect(roles).toEqual(['status', 'status', 'status', 'alert']);
  });

  it('says what kind of message it is in words, not only in colour', () => {
    render(
      <Alert variant="error" title="Không gửi được hồ sơ">
        <p>Máy chủ không trả lời.</p>
      </Alert>,
    );
    expect(screen.getByRole('alert').textContent).toBe('✕Lỗi: Không gửi được hồ sơMáy chủ không trả lời.');
  });

  it('takes translated prefixes', () => {
    render(
      <Alert variant="warning" labels={{ warning: 'Warning' }}>
        Data may be late.
      </Alert>,
    );
    expect(screen.getByRole('status').textContent).toContain('Warning: Data may be late.');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <Alert variant="info" title="Thông báo">
          Cổng thông tin bảo trì lúc 22 giờ.
        </Alert>
        <Alert variant="success">Đã lưu.</Alert>
        <Alert variant="warning">Số liệu chưa đầy đủ.</Alert>
        <Alert variant="error" title="Lỗi tải dữ liệu">
          Thử lại sau.
        </Alert>
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
