import type { UserErrorFields } from '@egov/client-operations/news';
import type { Translate } from '@egov/i18n';
import { fieldErrorsOf, type FieldError } from '@egov/ui';
import type { editorMessages } from './editor-messages';
import { fieldIdOfPath, fieldIds } from './form-model';

type EditorPlaceholders = typeof editorMessages extends { placeholderTypes?: infer P } ? NonNullable<P> : never;

/**
 * The API's refusals as the form shows them: beside the field they concern, in the reader's
 * language where the refusal is one the form knows (the API words the rest in English).
 */
export function serverFieldErrors(errors: readonly UserErrorFields[], t: Translate<EditorPlaceholders>): FieldError[] {
  const known: Partial<Record<string, string>> = {
    'DUPLICATE:slug': t('slugTaken'),
    'UNKNOWN_REFERENCE:reportsPeriod': t('periodUnknown'),
    'UNKNOWN_REFERENCE:authorUnitCode': t('unitUnknown'),
    'UNKNOWN_REFERENCE:relatedUnitCodes': t('unitUnknown'),
    'VALIDATION:changeNote': t('changeNoteMissing'),
    'VALIDATION:title': t('titleMissing'),
    'VALIDATION:reportsPeriod': t('periodInvalid'),
  };
  return fieldErrorsOf(
    errors.filter((error) => error.code !== 'CONFLICT'),
    { idOf: fieldIdOfPath, fallbackId: fieldIds.title, wording: (error, [name = '']) => known[`${error.code}:${name}`] ?? error.message },
  );
}
