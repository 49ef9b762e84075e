/**
 * A schema enum's values from the model's: each model value under its upper-case name
 * (`per_100_inhabitants` → `PER_100_INHABITANTS`), the map a module gives its enum's resolver. The
 * type says which name holds which value, so the generated resolver types check it.
 */
export function enumOf<V extends string>(values: readonly V[]): { [K in V as Uppercase<K>]: K } {
  // Object.fromEntries cannot say which key holds which value; the type above does.
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as { [K in V as Uppercase<K>]: K };
}
