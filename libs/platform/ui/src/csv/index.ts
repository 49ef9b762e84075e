// `@egov/ui/csv`: an entry of its own, not a shared singleton, so the shell's first script never
// carries it; a remote that offers downloads bundles it, and csv-stringify loads on the first one.
export { csvText, type CsvCell } from './csv-text';
