import { createInstance } from 'i18next';
import { featureMessages, switchLanguage } from './i18n';

describe('switchLanguage', () => {
  it('loads the whole language even when a feature has added some of its strings already', async () => {
    // As in the browser: Bahasa Indonesia up front, English not yet loaded, but a lazy feature
    // (practices/practice-strings.ts) has added a few English strings of its own.
    const i18n = createInstance();
    await i18n.init({ resources: { id: { translation: featureMessages('id') } }, lng: 'id', fallbackLng: 'id', initAsync: false });
    i18n.addResourceBundle('en', 'translation', { practices: { lazyOnly: 'Lazy' } }, true, false);

    await switchLanguage(i18n, 'en');

    expect(i18n.language).toBe('en');
    expect(i18n.t('language.label')).toBe((featureMessages('en').language as Record<string, string>).label);
    expect(i18n.t('language.label')).not.toBe((featureMessages('id').language as Record<string, string>).label);
    expect(i18n.t('practices.lazyOnly')).toBe('Lazy');
  });
});
