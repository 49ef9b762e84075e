/** The options of `nx g @egov/tools:remote` as schema.json declares them. */
export interface RemoteGeneratorSchema {
  /** Project name and folder (`apps/<name>`): lower-case letters, digits and hyphens. */
  name: string;
  /** Where the remote's routes start (default `/<name>`). */
  routeBase?: string;
  /** The Vietnamese navigation label. */
  labelVi?: string;
  /** The English navigation label. */
  labelEn?: string;
}
