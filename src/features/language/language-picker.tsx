import { useState } from 'react';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../../i18n/languages';
import { chooseLanguage, useLanguage, useWords } from '../../state/language';

/**
 * Every language by its own name ("Español" is how a Spanish speaker spots it on an English page), the current one
 * marked; pressing another switches the whole planner in place. Each name is marked with its language, so a
 * screen reader says it in that language. The choice is remembered on the device.
 */
export function LanguagePicker() {
  const { t } = useWords();
  const language = useLanguage();
  const [failed, setFailed] = useState<Language | null>(null);
  return (
    <nav className="language" aria-label={t('language.label')}>
      <ul className="language__list">
        {LANGUAGES.map((option) => (
          <li key={option} lang={option}>
            {/* The current one stays a button, so focus stays on it once the page has switched. */}
            <button
              type="button"
              className="link-button language__option"
              aria-current={option === language ? 'true' : undefined}
              onClick={() => {
                if (option === language) return;
                setFailed(null);
                chooseLanguage(option).catch(() => {
                  setFailed(option);
                });
              }}
            >
              {LANGUAGE_NAMES[option]}
            </button>
          </li>
        ))}
      </ul>
      {failed === null ? null : (
        <p className="language__error" role="alert">
          {t('language.loadFailed', { language: LANGUAGE_NAMES[failed] })}
        </p>
      )}
    </nav>
  );
}
