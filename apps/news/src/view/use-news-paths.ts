import { useI18n, withLanguage } from '@egov/i18n';
import { createContext, useContext, useMemo } from 'react';
import { newsPaths, type NewsPaths } from '../routes';

/** The remote's route base, as the shell gave it. */
export const BasePathContext = createContext('/tin-tuc');

/** The paths of the remote's pages, each with the reader's language in it (`?lang=`), for links. */
export function useNewsLinks(): NewsPaths & { plain: NewsPaths; withLanguage: (href: string) => string } {
  const base = useContext(BasePathContext);
  const { language } = useI18n();
  return useMemo(() => {
    const plain = newsPaths(base);
    const lang = (href: string) => withLanguage(href, language);
    return {
      plain,
      withLanguage: lang,
      list: (state) => lang(plain.list(state)),
      article: (slug) => lang(plain.article(slug)),
      desk: () => lang(plain.desk()),
      create: () => lang(plain.create()),
      edit: (slug) => lang(plain.edit(slug)),
    };
  }, [base, language]);
}
