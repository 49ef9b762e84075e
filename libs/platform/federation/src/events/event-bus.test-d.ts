import type { Observable } from 'rxjs';
import { expectTypeOf } from 'vitest';
import { createEventBus } from './event-bus';
import { createPortalEventBus, type PortalLanguage, type SignedInUser } from './portal-events';
import { useEvent } from './use-event';

const bus = createPortalEventBus();

bus.emit('district.selected', { code: '178', name: 'Thành phố Lạng Sơn' });
bus.emit('language.changed', { language: 'en' });
bus.emit('user.signedIn', { displayName: 'Lan', roles: ['editor'] });
bus.emit('user.signedOut');

// @ts-expect-error an unknown event type
bus.emit('district.picked', { code: '178', name: 'x' });
// @ts-expect-error a payload missing a field
bus.emit('district.selected', { code: '178' });
// @ts-expect-error a language the portal does not have
bus.emit('language.changed', { language: 'fr' });
// @ts-expect-error a payload of another event
bus.emit('user.signedIn', { language: 'vi' });
// @ts-expect-error an event with a payload needs it
bus.emit('language.changed');
// @ts-expect-error listening to an unknown type
bus.on('district.picked');
// @ts-expect-error asking for the last payload of an unknown type
bus.last('user');

expectTypeOf(bus.on('district.selected')).toEqualTypeOf<Observable<{ code: string; name: string }>>();
expectTypeOf(bus.latest('language.changed')).toEqualTypeOf<Observable<{ language: PortalLanguage }>>();
expectTypeOf(bus.last('user.signedIn')).toEqualTypeOf<SignedInUser | undefined>();
expectTypeOf(useEvent(bus, 'language.changed')).toEqualTypeOf<{ language: PortalLanguage } | undefined>();
// @ts-expect-error the hook knows the bus's types too
useEvent(bus, 'district.picked');

const numbers = createEventBus<{ count: number }>();
// @ts-expect-error a string where a number is due
numbers.emit('count', '1');
