// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalEventBus, type PortalEventBus } from './portal-events';
import { useEvent } from './use-event';

afterEach(cleanup);

function SelectedDistrict({ bus }: { bus: PortalEventBus }) {
  const district = useEvent(bus, 'district.selected');
  return <p>{district ? `Đang xem: ${district.name}` : 'Chưa chọn huyện'}</p>;
}

describe('useEvent', () => {
  it('shows nothing chosen, then each district another remote selects', () => {
    const bus = createPortalEventBus();
    render(<SelectedDistrict bus={bus} />);
    expect(screen.getByText('Chưa chọn huyện')).toBeTruthy();
    act(() => bus.emit('district.selected', { code: '178', name: 'Thành phố Lạng Sơn' }));
    expect(screen.getByText('Đang xem: Thành phố Lạng Sơn')).toBeTruthy();
    act(() => bus.emit('district.selected', { code: '181', name: 'Huyện Văn Lãng' }));
    expect(screen.getByText('Đang xem: Huyện Văn Lãng')).toBeTruthy();
  });

  it('starts from the last payload when mounted late', () => {
    const bus = createPortalEventBus();
    bus.emit('district.selected', { code: '178', name: 'Thành phố Lạng Sơn' });
    render(<SelectedDistrict bus={bus} />);
    expect(screen.getByText('Đang xem: Thành phố Lạng Sơn')).toBeTruthy();
  });

  it('stops listening when unmounted', () => {
    const bus = createPortalEventBus();
    const view = render(<SelectedDistrict bus={bus} />);
    view.unmount();
    expect(() => bus.emit('district.selected', { code: '178', name: 'x' })).not.toThrow();
  });
});
