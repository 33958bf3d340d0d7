import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { meQuery } from '../api/queries';
import type { Me } from '../api/types';
import i18n, { currentLanguage, LANGUAGES, rememberLanguage, type Language } from '../i18n';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/**
 * NL/EN toggle. Signed in, the choice is saved on the account (PATCH /api/me); before login it
 * is remembered on this device.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (language: Language) => api<Me>('/me', { method: 'PATCH', json: { language } }),
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
  });
  const active = currentLanguage();

  const choose = (language: Language) => {
    if (language === active) return;
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    if (signedIn) save.mutate(language);
  };

  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          onClick={() => choose(language)}
        >
          {language.toUpperCase()}
          <span className="visually-hidden"> {NAMES[language]}</span>
        </button>
      ))}
    </div>
  );
}
