import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// Markdown as people write it (GFM: tables, lists, autolinks), without raw HTML passing through
// unchecked: whatever marked makes, sanitize-html keeps only the tags and attributes below.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'em', 'strong', 'del', 's',
    'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'], th: ['align'], td: ['align'], code: ['class'] },
  // No javascript:, data: or vbscript: links; relative links stay.
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  // Images would load from anywhere (tracking pixels, broken layouts): attachments carry the pictures.
  disallowedTagsMode: 'discard',
  // rel and target are set here, whatever the text said.
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer', target: '_blank' } }),
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
};

/** Markdown to HTML that is safe to insert into a page: no script, no event handler, no script link. */
export function renderMarkdown(text: string): string {
  if (!text) return '';
  return sanitizeHtml(markdown.parse(text) as string, SANITIZE);
}
