import { renderMarkdown } from './markdown';

/** What must never survive: a tag or attribute that runs code, or a link that does. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<style|<img|<form|<input/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  // As text a payload is harmless ("javascript:alert(1)" may be shown); in an attribute it is not.
  const attributes = [...html.matchAll(/\s([a-z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[2]);
  for (const value of attributes) expect(value).not.toMatch(/(javascript|vbscript|data):/i);
}

describe('renderMarkdown', () => {
  it('renders the Markdown people write: headings, emphasis, lists, links, tables', () => {
    const html = renderMarkdown('## Hasil\n\n**Aset** tercatat _rapi_.\n\n- satu\n- dua\n\n[Situs](https://pemkomedan.go.id)\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h2>Hasil</h2>');
    expect(html).toContain('<strong>Aset</strong>');
    expect(html).toContain('<em>rapi</em>');
    expect(html).toContain('<li>satu</li>');
    expect(html).toContain('<a href="https://pemkomedan.go.id" rel="nofollow noopener noreferrer" target="_blank">Situs</a>');
    expect(html).toContain('<td>1</td>');
  });

  it('is empty for empty text', () => {
    expect(renderMarkdown('')).toBe('');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>hello'],
    ['a script tag split over lines', '<scr\nipt>alert(1)</script>'],
    ['an event handler on an image', '<img src=x onerror="alert(1)">'],
    ['an event handler on an allowed tag', '<p onclick="alert(1)">klik</p><a href="https://x.id" onmouseover="alert(1)">x</a>'],
    ['a javascript: link in Markdown', '[klik](javascript:alert(1))'],
    ['a javascript: link with entities', '[klik](jav&#x09;ascript:alert(1))'],
    ['a javascript: link in mixed case and spaces', '<a href=" JaVaScRiPt:alert(1)">x</a>'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an svg with script', '<svg><script>alert(1)</script></svg><svg onload=alert(1)>'],
    ['a style tag and attribute', '<style>body{display:none}</style><p style="background:url(javascript:alert(1))">x</p>'],
    ['a form', '<form action="https://evil.example"><input name="password"></form>'],
    ['a Markdown image with a handler in its title', '![x](https://x.id/a.png "a\\" onerror=\\"alert(1)")'],
    ['an object and an embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ])('leaves nothing that runs from %s', (_name, payload) => {
    expectInert(renderMarkdown(payload));
  });

  it('keeps the text of removed tags as text, escaped', () => {
    const html = renderMarkdown('a <b onclick="x()">tebal</b> & <unknown>teks</unknown>');
    expect(html).toContain('tebal');
    expect(html).toContain('&amp;');
    expect(html).not.toContain('onclick');
  });
});
