import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the document title. Not a rendered <title>: React 19 hoists that into <head>, but the
 * production build runs on Preact, which leaves it in the body (document.title unchanged). A layout
 * effect runs in the commit that shows the page's heading, before RouteAnnouncer reads the title.
 */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  const text = t('app.titleTemplate', { page: title });
  useLayoutEffect(() => {
    document.title = text;
  }, [text]);
  return null;
}
