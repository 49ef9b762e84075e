// A reference, not an import: it brings the `*.module.css` typing into every program that compiles
// this library from source (the apps' typecheck), and a .d.ts has nothing to import at run time.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./css-modules.d.ts" />
/**
 * @egov/ui: accessible components shared by the shell and every remote. Styles are CSS modules
 * (class names hashed per file, so nothing leaks between remotes) over the design tokens of
 * tokens.css (custom properties named `--egov-*`), which this entry loads once.
 *
 * Every text a component shows comes in through its props with a Vietnamese default; remotes
 * pass translations from @egov/i18n.
 */
import './tokens/tokens.css';

export { Button, type ButtonProps, type ButtonVariant } from './button/Button';
export { Link, isExternalHref, type LinkProps } from './link/Link';
export { DataTable, type DataTableColumn, type DataTableProps } from './data-table/DataTable';
export { nextSort, sortRows, type SortValue, type TableSort } from './data-table/sort';
export {
  Pagination,
  defaultPaginationLabels,
  type PaginationLabels,
  type PaginationProps,
} from './pagination/Pagination';
export { paginationItems, type PaginationItem } from './pagination/pagination-items';
export { Tabs, type TabItem, type TabsProps } from './tabs/Tabs';
export { Alert, defaultAlertLabels, type AlertLabels, type AlertProps, type AlertVariant } from './alert/Alert';
export { Skeleton, type SkeletonProps } from './loading/Skeleton';
export { Progress, type ProgressProps } from './loading/Progress';
export { FormField, type FieldControlProps, type FormFieldProps } from './form/FormField';
export { ErrorSummary, type ErrorSummaryProps, type FieldError } from './form/ErrorSummary';
export {
  fieldErrorsOf,
  inputPathOf,
  placeRefusals,
  type ControlsOfInput,
  type PlacedRefusal,
  type RefusalPlacement,
  type ServerRefusal,
} from './form/server-refusals';
export { useFormErrors } from './form/use-form-errors';
export {
  Select,
  TextArea,
  TextInput,
  type SelectProps,
  type TextAreaProps,
  type TextInputProps,
} from './form/controls';
export { PageLayout, type PageLayoutProps } from './layout/PageLayout';
export { SkipLink, type SkipLinkProps } from './layout/SkipLink';
export { BackToTop, type BackToTopProps } from './layout/BackToTop';
export { VisuallyHidden, type VisuallyHiddenProps } from './visually-hidden/VisuallyHidden';
export { WCAG_AA, contrastRatio, relativeLuminance } from './tokens/contrast';
export { saveFile } from './download/save-file';
export { ScriptOnly } from './download/ScriptOnly';
export { OpenDataLinks } from './download/OpenDataLinks';
