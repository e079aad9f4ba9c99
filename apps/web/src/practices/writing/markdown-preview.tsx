import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useDeferredValue, useMemo } from 'react';

/**
 * Markdown as the reader will see it, rendered in the browser and sanitised by DOMPurify (no
 * script, event handlers or javascript: links survive), like the API's own rendering of the text.
 * Loaded only with the editor's chunk.
 */
export function renderPreview(markdown: string): string {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false, gfm: true }));
}

export function MarkdownPreview({ markdown, className }: { markdown: string; className?: string }) {
  // Typing stays responsive on long texts: the preview follows when React has time.
  const deferred = useDeferredValue(markdown);
  const html = useMemo(() => renderPreview(deferred), [deferred]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify just above.
  return <div className={className ?? 'practice-markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
