import { useI18n, withLanguage } from '@egov/i18n';
import { Button, FormField, Link, useFormErrors, type FieldControlProps } from '@egov/ui';
import type { ReactNode } from 'react';
import * as styles from '../inspections.module.css';
import { useInspections } from '../remote-context';
import { pageHref } from '../routes';
import type { FormProblem } from './forms';
import { staffMessages } from './staff-messages';
import * as formStyles from './staff.module.css';

/** A form's problems, found in the browser or refused by the gateway, worded in the reader's language as the page renders. */
export function useFormProblems() {
  const { t } = useI18n(staffMessages);
  const translate = t as (key: string, values?: Record<string, string | number>) => string;
  return useFormErrors((problem: FormProblem) => translate(problem.key, problem.values), t('errorSummaryTitle'));
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** FormField with the language's error prefix. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const { t } = useI18n(staffMessages);
  return (
    <FormField id={id} label={label} hint={hint} error={error} errorPrefix={t('errorPrefix')}>
      {children}
    </FormField>
  );
}

interface RepeatedRowsProps<Item> {
  items: readonly Item[];
  onChange: (items: Item[]) => void;
  /** A new, empty row. */
  blank: () => Item;
  addLabel: string;
  /** The remove button's label for row `n` (from 1), so each says which row it removes. */
  removeLabel: (n: number) => string;
  /** The row's fields; `update` merges a change into this row. */
  children: (item: Item, index: number, update: (change: Partial<Item>) => void) => ReactNode;
}

/**
 * Rows of the same fields (an inspection's subjects, a decision's violations): a remove button on
 * each while there is more than one, and an add button after the last.
 */
export function RepeatedRows<Item extends object>({ items, onChange, blank, addLabel, removeLabel, children }: RepeatedRowsProps<Item>) {
  const update = (index: number) => (change: Partial<Item>) => onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <>
      {items.map((item, index) => (
        <div key={index} className={formStyles.row}>
          {children(item, index, update(index))}
          {items.length > 1 && (
            <div className={formStyles.rowAction}>
              <Button type="button" variant="secondary" onClick={() => onChange(items.filter((_, i) => i !== index))}>
                {removeLabel(index + 1)}
              </Button>
            </div>
          )}
        </div>
      ))}
      <p>
        <Button type="button" variant="secondary" onClick={() => onChange([...items, blank()])}>
          {addLabel}
        </Button>
      </p>
    </>
  );
}

/** An inspector's form page: the way back to the inspector's desk, the page's title, then the form. */
export function StaffFormPage({ title, children }: { title: string; children: ReactNode }) {
  const { t, language } = useI18n(staffMessages);
  const { basePath } = useInspections();
  return (
    <div className={styles.page}>
      <p>
        <Link href={withLanguage(pageHref(basePath, 'staff-home'), language)}>{t('backToStaffHome')}</Link>
      </p>
      <h1>{title}</h1>
      {children}
    </div>
  );
}
