import { expectTypeOf } from 'vitest';
import { commonMessages } from './common-messages';
import type { Formatters } from './format';
import type { Language } from './language';
import { defineMessages, type MessageKey, type PlaceholdersOf } from './messages';
import type { I18n, useI18n } from './react/use-i18n';
import { translatorFor } from './translate';

// Placeholders are read from the texts.
expectTypeOf<PlaceholdersOf<'Xin chào {name}, {count} tin mới'>>().toEqualTypeOf<'name' | 'count'>();
expectTypeOf<PlaceholdersOf<'Không có'>>().toEqualTypeOf<never>();

const newsMessages = defineMessages({
  vi: { title: 'Tin tức', results: '{count} bài viết' },
  en: { title: 'News', results: '{count} articles' },
});
expectTypeOf<MessageKey<typeof newsMessages>>().toEqualTypeOf<'title' | 'results'>();

// Both languages must have the same keys.
defineMessages({
  vi: { title: 'Tin tức', more: 'Xem thêm' },
  // @ts-expect-error en lacks "more"
  en: { title: 'News' },
});
defineMessages({
  vi: { title: 'Tin tức' },
  // @ts-expect-error en has a key vi does not
  en: { title: 'News', extra: 'Extra' },
});
const englishWithExtra = { title: 'News', extra: 'Extra' };
// @ts-expect-error an extra key is refused from a variable too
defineMessages({ vi: { title: 'Tin tức' }, en: englishWithExtra });
// @ts-expect-error a message is text
defineMessages({ vi: { count: 1 }, en: { count: 1 } });

// t knows the keys and the values each message needs.
const t = translatorFor(newsMessages, 'vi');
expectTypeOf(t('title')).toEqualTypeOf<string>();
t('results', { count: 3 });
// @ts-expect-error unknown key
t('titel');
// @ts-expect-error "results" needs its count
t('results');
// @ts-expect-error wrong placeholder name
t('results', { total: 3 });
// @ts-expect-error "title" takes no values
t('title', { count: 1 });

// A placeholder used in only one language (a runtime error too) is still asked for.
const uneven = defineMessages({ vi: { a: 'Chào {name}' }, en: { a: 'Hello {name} from {place}' } });
translatorFor(uneven, 'en')('a', { name: 'An', place: 'Lạng Sơn' });

// The common messages are typed as well.
translatorFor(commonMessages, 'en')('remoteFailed', { section: 'News' });
// @ts-expect-error remoteFailed names its section
translatorFor(commonMessages, 'en')('remoteFailed');

// useI18n types t by the catalogue it is given, the common messages by default.
declare const hook: typeof useI18n;
expectTypeOf(hook(newsMessages)).toEqualTypeOf<I18n<{ title: never; results: 'count' }>>();
expectTypeOf(hook().t).parameter(0).toEqualTypeOf<MessageKey<typeof commonMessages>>();
expectTypeOf(hook().format).toEqualTypeOf<Formatters>();
expectTypeOf(hook().setLanguage).parameter(0).toEqualTypeOf<Language>();
// @ts-expect-error a key of another catalogue
hook(newsMessages).t('backToTop');
