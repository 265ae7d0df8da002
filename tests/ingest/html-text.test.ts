import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../server/ingest/html-text.ts';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become lines', '<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['line breaks become lines', 'A<br>B<br/>C', 'A\nB\nC'],
    ['entities decode once', '<p>Tom &amp; Jerry &lt;3 &quot;hi&quot;</p>', 'Tom & Jerry <3 "hi"'],
    ['script and style vanish with their contents', '<p>Safe</p><script>alert(1)</script><style>p{}</style>', 'Safe'],
    ['event handlers and links are dropped, their text kept', '<a href="javascript:x" onclick="y">link</a>', 'link'],
    ['white space collapses', '<p>  a \t b\u00a0c  </p>', 'a b c'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
