// splitSentences: newline-separated paragraphs, sentence ends that are not abbreviations.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/extract/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Title\nSummary here.\nBody one. Body two.', ['Title', 'Summary here.', 'Body one.', 'Body two.']],
    ['U.S. President Donald Trump spoke. Then he left.', ['U.S. President Donald Trump spoke.', 'Then he left.']],
    ['It was said at around 1 a.m. CT. Sybiha added more.', ['It was said at around 1 a.m. CT.', 'Sybiha added more.']],
    ['“Tomorrow we expect more,” Zelensky wrote. “Our goal is to return everyone.”', ['“Tomorrow we expect more,” Zelensky wrote.', '“Our goal is to return everyone.”']],
    ['Gen. Smith said 5 died. Next.', ['Gen. Smith said 5 died.', 'Next.']],
    ['He met J. Smith today. Fine.', ['He met J. Smith today.', 'Fine.']],
    ['Is it over? Yes! 307 came home.', ['Is it over?', 'Yes!', '307 came home.']],
    // An aggregator's fields are sentences of their own.
    ['Reuters · 2 hours ago · WHO appalled · The WHO said 460 were killed. More later.', ['Reuters', '2 hours ago', 'WHO appalled', 'The WHO said 460 were killed.', 'More later.']],
  ])('%s', (text, want) => expect(splitSentences(text).map((s) => s.text)).toEqual(want));

  it('keeps offsets into the text and counts paragraphs, skipping blank lines', () => {
    const text = '  Title  \n\nFirst. Second.\nThird.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([['Title', 0], ['First.', 1], ['Second.', 1], ['Third.', 2]]);
  });
});
