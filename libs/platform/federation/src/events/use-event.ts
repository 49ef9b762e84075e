import { useCallback, useSyncExternalStore } from 'react';
import type { EventBus, EventMap } from './event-bus';

/**
 * The last payload of `type` on `bus` (`undefined` until one is emitted), re-rendering the component
 * on each new one. A remote shows the selected district with
 * `useEvent(services.events, 'district.selected')?.name`.
 */
export function useEvent<Events extends EventMap, Type extends keyof Events & string>(
  bus: EventBus<Events>,
  type: Type,
): Events[Type] | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = bus.on(type).subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [bus, type],
  );
  const read = useCallback(() => bus.last(type), [bus, type]);
  return useSyncExternalStore(subscribe, read, read);
}
