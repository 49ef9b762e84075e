import { BehaviorSubject, Subject, filter, map, type Observable } from 'rxjs';

/** What an event bus carries: each event type's name and the payload it comes with. */
export type EventMap = Record<string, unknown>;

/** The arguments of `emit` after the type: none for an event whose payload may be left out (`undefined`). */
export type EventPayloadArgs<Payload> = undefined extends Payload ? [payload?: Payload] : [payload: Payload];

/**
 * A typed channel between remotes that never import each other: one remote emits
 * `district.selected`, another listens. Only the names and payloads of `Events` are accepted.
 */
export interface EventBus<Events extends EventMap> {
  /** Tells every listener of `type`; the payload must be that type's payload. */
  emit<Type extends keyof Events & string>(type: Type, ...args: EventPayloadArgs<Events[Type]>): void;
  /** The payloads of `type` emitted from now on. */
  on<Type extends keyof Events & string>(type: Type): Observable<Events[Type]>;
  /**
   * The last payload of `type` (if one was emitted and not forgotten) at once, then every later one:
   * what a remote opened after the language was chosen needs.
   */
  latest<Type extends keyof Events & string>(type: Type): Observable<Events[Type]>;
  /** The last payload of `type`, or `undefined` when none is remembered. */
  last<Type extends keyof Events & string>(type: Type): Events[Type] | undefined;
  /** Whether a payload of `type` is remembered: for events whose payload is `undefined` (`user.signedOut`). */
  has<Type extends keyof Events & string>(type: Type): boolean;
}

/** Options of {@link createEventBus}. */
export interface EventBusOptions<Events extends EventMap> {
  /**
   * Events that make others' last payload stale: `{ 'user.signedOut': ['user.signedIn'] }` so a
   * remote opened after sign-out is not told of the user who left.
   */
  forgets?: { [Type in keyof Events]?: ReadonlyArray<keyof Events & string> };
}

interface Emitted {
  type: string;
  payload: unknown;
}

const NOTHING = Symbol('nothing remembered');

/**
 * Makes an event bus for the event map `Events`. The bus remembers the last payload of each type
 * so late subscribers can ask for it with `latest`.
 *
 * @example
 * const bus = createEventBus<PortalEvents>();
 * bus.emit('district.selected', { code: '178', name: 'Thành phố Lạng Sơn' });
 */
export function createEventBus<Events extends EventMap>(options: EventBusOptions<Events> = {}): EventBus<Events> {
  const stream = new Subject<Emitted>();
  const remembered = new Map<string, BehaviorSubject<unknown>>();

  const memoryOf = (type: string) => {
    let memory = remembered.get(type);
    if (!memory) {
      memory = new BehaviorSubject<unknown>(NOTHING);
      remembered.set(type, memory);
    }
    return memory;
  };

  return {
    emit(type, ...args) {
      const payload = args[0];
      for (const forgotten of options.forgets?.[type] ?? []) memoryOf(forgotten).next(NOTHING);
      memoryOf(type).next(payload);
      stream.next({ type, payload });
    },
    on<Type extends keyof Events & string>(type: Type) {
      return stream.pipe(
        filter((event) => event.type === type),
        map((event) => event.payload as Events[Type]),
      );
    },
    latest<Type extends keyof Events & string>(type: Type) {
      return memoryOf(type).pipe(
        filter((payload) => payload !== NOTHING),
        map((payload) => payload as Events[Type]),
      );
    },
    last<Type extends keyof Events & string>(type: Type) {
      const payload = remembered.get(type)?.getValue() ?? NOTHING;
      return payload === NOTHING ? undefined : (payload as Events[Type]);
    },
    has(type) {
      const memory = remembered.get(type);
      return memory !== undefined && memory.getValue() !== NOTHING;
    },
  };
}
