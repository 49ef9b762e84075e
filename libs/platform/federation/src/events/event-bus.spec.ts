import fc from 'fast-check';
import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus';

type Events = { ping: { n: number }; pong: string; reset: undefined };

describe('createEventBus', () => {
  it('delivers each payload to the listeners of its type only', () => {
    const bus = createEventBus<Events>();
    const pings: number[] = [];
    const pongs: string[] = [];
    bus.on('ping').subscribe(({ n }) => pings.push(n));
    bus.on('pong').subscribe((text) => pongs.push(text));
    bus.emit('ping', { n: 1 });
    bus.emit('pong', 'a');
    bus.emit('ping', { n: 2 });
    expect(pings).toEqual([1, 2]);
    expect(pongs).toEqual(['a']);
  });

  it('on() does not replay the past; latest() gives a late subscriber the last payload, then the rest', async () => {
    const bus = createEventBus<Events>();
    bus.emit('ping', { n: 1 });
    bus.emit('ping', { n: 2 });
    const missed: number[] = [];
    bus.on('ping').subscribe(({ n }) => missed.push(n));
    const late = firstValueFrom(bus.latest('ping').pipe(take(2), toArray()));
    bus.emit('ping', { n: 3 });
    expect(await late).toEqual([{ n: 2 }, { n: 3 }]);
    expect(missed).toEqual([3]);
  });

  it('latest() waits when nothing was emitted yet; last() says undefined', () => {
    const bus = createEventBus<Events>();
    const seen: string[] = [];
    bus.latest('pong').subscribe((text) => seen.push(text));
    expect(bus.last('pong')).toBeUndefined();
    bus.emit('pong', 'x');
    expect(seen).toEqual(['x']);
    expect(bus.last('pong')).toBe('x');
  });

  it('carries an event without payload', () => {
    const bus = createEventBus<Events>();
    let resets = 0;
    bus.on('reset').subscribe(() => (resets += 1));
    bus.emit('reset');
    expect(resets).toBe(1);
  });

  it('forgets the last payload of the types an event makes stale', () => {
    const bus = createEventBus<Events>({ forgets: { reset: ['ping'] } });
    bus.emit('ping', { n: 1 });
    bus.emit('reset');
    expect(bus.last('ping')).toBeUndefined();
    const seen: unknown[] = [];
    bus.latest('ping').subscribe((payload) => seen.push(payload));
    expect(seen).toEqual([]);
  });

  it('property: last() is always the most recent payload of the type', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer().map((n) => ['ping', { n }] as const), fc.string().map((s) => ['pong', s] as const))), (emits) => {
        const bus = createEventBus<Events>();
        for (const [type, payload] of emits) {
          if (type === 'ping') bus.emit(type, payload);
          else bus.emit(type, payload);
        }
        expect(bus.last('ping')).toEqual(emits.filter(([type]) => type === 'ping').at(-1)?.[1]);
        expect(bus.last('pong')).toEqual(emits.filter(([type]) => type === 'pong').at(-1)?.[1]);
      }),
    );
  });

  it('has() tells an event whose payload is undefined from one never emitted, and forgets with it', () => {
    const bus = createEventBus<{ in: { who: string }; out: undefined }>({ forgets: { in: ['out'], out: ['in'] } });
    expect(bus.has('out')).toBe(false);
    bus.emit('out');
    expect(bus.has('out')).toBe(true);
    bus.emit('in', { who: 'a' });
    expect([bus.has('in'), bus.has('out')]).toEqual([true, false]);
  });
});
