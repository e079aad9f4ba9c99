import { highlightHtml } from './practice-search.service';

describe('highlightHtml', () => {
  it('escapes every character HTML gives meaning to and turns only the headline markers into <mark>', () => {
    expect(highlightHtml('<script>alert("x")</script> & \u0001aset\u0002 \'y\'')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>aset</mark> &#39;y&#39;',
    );
  });

  it('leaves a plain text as it is', () => {
    expect(highlightHtml('Pengelolaan aset daerah')).toBe('Pengelolaan aset daerah');
  });
});
