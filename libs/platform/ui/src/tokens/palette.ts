import { WCAG_AA } from './contrast';

/** A foreground drawn on a background by some component, and the ratio WCAG 2.2 AA asks of it. */
export interface ColourPair {
  foreground: string;
  background: string;
  minimum: number;
  /** Where the pair is drawn, for the failure message. */
  usedFor: string;
}

const { text, nonText } = WCAG_AA;

/** Every pair of colour tokens the components draw together; palette.spec.ts checks each one. */
export const colourPairs: readonly ColourPair[] = [
  { foreground: '--egov-color-text', background: '--egov-color-background', minimum: text, usedFor: 'body text' },
  { foreground: '--egov-color-text', background: '--egov-color-surface', minimum: text, usedFor: 'text on grey panels' },
  { foreground: '--egov-color-text-muted', background: '--egov-color-background', minimum: text, usedFor: 'hints' },
  { foreground: '--egov-color-text-muted', background: '--egov-color-surface', minimum: text, usedFor: 'hints on panels' },
  { foreground: '--egov-color-border', background: '--egov-color-background', minimum: nonText, usedFor: 'input borders' },
  { foreground: '--egov-color-link', background: '--egov-color-background', minimum: text, usedFor: 'links' },
  { foreground: '--egov-color-link', background: '--egov-color-surface', minimum: text, usedFor: 'links on panels' },
  { foreground: '--egov-color-link', background: '--egov-color-info-surface', minimum: text, usedFor: 'links in alerts' },
  { foreground: '--egov-color-link-hover', background: '--egov-color-background', minimum: text, usedFor: 'hovered links' },
  { foreground: '--egov-color-link-visited', background: '--egov-color-background', minimum: text, usedFor: 'visited links' },
  { foreground: '--egov-color-on-primary', background: '--egov-color-primary', minimum: text, usedFor: 'primary button, header' },
  { foreground: '--egov-color-on-primary', background: '--egov-color-primary-hover', minimum: text, usedFor: 'hovered primary button' },
  { foreground: '--egov-color-primary', background: '--egov-color-background', minimum: text, usedFor: 'secondary button' },
  { foreground: '--egov-color-primary', background: '--egov-color-surface', minimum: text, usedFor: 'hovered secondary button' },
  { foreground: '--egov-color-on-danger', background: '--egov-color-danger', minimum: text, usedFor: 'danger button' },
  { foreground: '--egov-color-on-danger', background: '--egov-color-danger-hover', minimum: text, usedFor: 'hovered danger button' },
  { foreground: '--egov-color-error', background: '--egov-color-background', minimum: text, usedFor: 'field error messages' },
  { foreground: '--egov-color-text', background: '--egov-color-info-surface', minimum: text, usedFor: 'info alert text' },
  { foreground: '--egov-color-info', background: '--egov-color-info-surface', minimum: nonText, usedFor: 'info alert border' },
  { foreground: '--egov-color-text', background: '--egov-color-success-surface', minimum: text, usedFor: 'success alert text' },
  { foreground: '--egov-color-success', background: '--egov-color-success-surface', minimum: text, usedFor: 'success alert title' },
  { foreground: '--egov-color-text', background: '--egov-color-warning-surface', minimum: text, usedFor: 'warning alert text' },
  { foreground: '--egov-color-warning', background: '--egov-color-warning-surface', minimum: text, usedFor: 'warning alert title' },
  { foreground: '--egov-color-text', background: '--egov-color-error-surface', minimum: text, usedFor: 'error alert text' },
  { foreground: '--egov-color-error', background: '--egov-color-error-surface', minimum: text, usedFor: 'error alert title' },
  { foreground: '--egov-color-focus-text', background: '--egov-color-focus', minimum: text, usedFor: 'focused link' },
  { foreground: '--egov-color-focus-text', background: '--egov-color-background', minimum: nonText, usedFor: 'focus ring, light pages' },
  { foreground: '--egov-color-focus', background: '--egov-color-primary', minimum: nonText, usedFor: 'focus ring, header' },
  { foreground: '--egov-color-primary', background: '--egov-color-progress-track', minimum: nonText, usedFor: 'progress bar' },
];

/**
 * Colours that carry no information (table rules, skeleton shapes): WCAG sets no ratio for them,
 * but the list is explicit so a new token is never left unchecked by accident.
 */
export const decorativeColours: readonly string[] = ['--egov-color-divider', '--egov-color-skeleton'];
