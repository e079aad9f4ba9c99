import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, SUPPORTED_LANGUAGES, switchLanguage } from './i18n';

/** ID/EN toggle. The i18n instance persists the choice and updates <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = currentLanguage(i18n);
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LANGUAGES.map((language) => {
        const active = language === current;
        return (
          <Button
            key={language}
            size="compact-sm"
            variant={active ? 'filled' : 'default'}
            lang={language}
            aria-label={t(`language.${language}Name`)}
            aria-pressed={active}
            onClick={() => {
              if (!active) void switchLanguage(i18n, language);
            }}
          >
            {t(`language.${language}Short`)}
          </Button>
        );
      })}
    </Group>
  );
}
