import type { ReportingPeriodFields } from '@egov/client-operations/statistics';
import { useI18n } from '@egov/i18n';
import { FormField, Select } from '@egov/ui';
import { statisticsMessages } from '../messages';
import type { DashboardField } from '../view/dashboard-view';

/**
 * The period choice of a page's filters (`?ky=`), latest first. Keyed by the period shown, so
 * going back or following a link shows the choice of the page shown. A statistician's list holds
 * the periods only opened too, marked as not published.
 */
export function PeriodSelect({ id, periods, value }: { id: string; periods: readonly ReportingPeriodFields[]; value: string }) {
  const { t, language } = useI18n(statisticsMessages);
  const labelOf = (period: ReportingPeriodFields) => (language === 'vi' ? period.labelVi : period.labelEn);
  return (
    <FormField id={id} label={t('periodLabel')}>
      {(control) => (
        <Select {...control} name="ky" defaultValue={value} key={value}>
          {[...periods].reverse().map((each) => (
            <option key={each.code} value={each.code}>
              {each.published ? labelOf(each) : t('periodUnpublished', { period: labelOf(each) })}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** The indicator choice of a page's filters (`?chi-tieu=`), grouped by field. */
export function IndicatorSelect({ id, fields, value }: { id: string; fields: readonly DashboardField[]; value: string | null }) {
  const { t, language } = useI18n(statisticsMessages);
  return (
    <FormField id={id} label={t('indicatorLabel')}>
      {(control) => (
        <Select {...control} name="chi-tieu" defaultValue={value ?? ''} key={value}>
          {fields.map((field) => (
            <optgroup key={field.field.code} label={language === 'vi' ? field.field.labelVi : field.field.labelEn}>
              {field.indicators.map((each) => (
                <option key={each.indicator.code} value={each.indicator.code}>
                  {language === 'vi' ? each.indicator.nameVi : each.indicator.nameEn}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
      )}
    </FormField>
  );
}
