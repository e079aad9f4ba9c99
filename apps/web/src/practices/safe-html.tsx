import DOMPurify from 'dompurify';

// The API already escapes or sanitises every *Html field; DOMPurify in the browser is the second
// line, so a server bug alone cannot put a script, an event handler or a javascript: link on a page.

/** A search highlight: text with <mark> and nothing else (everything else becomes text). */
export function HighlightedText({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] });
  // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the API, sanitised above
  return <span dangerouslySetInnerHTML={{ __html: clean }} />;
}

// The API's sanitize-html allow-list (apps/api/src/practices/markdown.ts), no more.
const RICH_TAGS = ['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'del', 's', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub'];

/** A Markdown body the API rendered and sanitised: formatting and http(s)/mailto/tel links only. */
export function RichText({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: RICH_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'rel', 'target', 'start', 'align', 'class'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  });
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API and again above
  return <div className="practice-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
