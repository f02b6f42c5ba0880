import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n';

/** Always visible; says "Language" in English too, so someone who cannot read the current language finds it. */
export function LanguageSelector() {
  const { t, i18n } = useTranslation();
  const label = t('language.label');
  return (
    <div className="language-selector">
      <label htmlFor="language-select">{label === 'Language' ? label : `${label} (Language)`}</label>
      <select id="language-select" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
