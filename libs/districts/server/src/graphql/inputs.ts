import { dayArgument } from '@egov/graphql';

/** A `validOn` argument as a day; none when left out (the `Date` scalar refuses anything but a date). */
export const validOnDay = (value: Date | null | undefined): string | undefined => (value == null ? undefined : dayArgument(value));
