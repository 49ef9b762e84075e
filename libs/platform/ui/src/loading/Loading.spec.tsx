// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Progress } from './Progress';
import { Skeleton } from './Skeleton';

afterEach(cleanup);

describe('Skeleton', () => {
  it('draws the asked number of lines, all hidden from screen readers', () => {
    const { container } = render(<Skeleton lines={3} width="20rem" />);
    const shape = container.firstElementChild!;
    expect(shape.getAttribute('aria-hidden')).toBe('true');
    expect(shape.children).toHaveLength(3);
  });

  it('draws a circle as wide as it is high', () => {
    const { container } = render(<Skeleton shape="circle" width="3rem" />);
    const circle = container.firstElementChild as HTMLElement;
    expect(circle.getAttribute('aria-hidden')).toBe('true');
    expect([circle.style.width, circle.style.height]).toEqual(['3rem', '3rem']);
  });
});

describe('Progress', () => {
  it('exposes its value, range and name', () => {
    render(<Progress label="Đang tải báo cáo" value={40} valueText="Bước 2 trên 5" />);
    const bar = screen.getByRole('progressbar', { name: 'Đang tải báo cáo' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')).toBe('Bước 2 trên 5');
    expect(bar.hasAttribute('aria-busy')).toBe(false);
  });

  it('keeps a value outside the range inside it', () => {
    render(<Progress label="Tải" value={12} min={0} max={10} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('10');
  });

  it('without a value is indeterminate and busy', () => {
    render(<Progress label="Đang tải" />);
    const bar = screen.getByRole('progressbar', { name: 'Đang tải' });
    expect(bar.getAttribute('aria-busy')).toBe('true');
    for (const attribute of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax']) expect(bar.hasAttribute(attribute)).toBe(false);
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div aria-busy="true">
        <Skeleton lines={2} />
        <Skeleton shape="rect" width="100%" height="8rem" />
        <Progress label="Đang tải" value={3} min={1} max={5} />
        <Progress label="Đang tải bản đồ" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
