/** Quotations that run over several sentences, and who the text says spoke them. */
import { cleanAgent, isAgent } from './attribution.ts';
import type { Sentence } from './sentences.ts';

const SAID = '(?:said|says|say|wrote|writes|told|added|announced|stated|posted|tweeted|declared|reported)';
// After a closing quote: ", Mills said in a statement." / ", said Oleksandr Vilkul, head of ..." / " Zelenskyy wrote."
const SPEAKER_AFTER = new RegExp(`^\\s*,?\\s*(?:([^,.;“”"]{2,60}?)(?:,\\s*[^,;“”"]{2,80},)?\\s+${SAID}\\b|${SAID}\\s+([^,.;“”"]{2,60}))`, 'i');
// Before an opening quote: "Its commander, Mykola Oleshchuk, said in a statement on Telegram:".
const SPEAKER_BEFORE = new RegExp(`([^.;“”"]{2,140}?)\\s+${SAID}\\b[^.:;“”"]{0,60}:\\s*$`, 'i');
const NAME = /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+/gu;

interface Quotation {
  start: number;
  end: number;
  paragraph: number;
  speaker?: string;
}

/** quoteSpeakers maps the index of every sentence inside a quotation to its speaker, when the text names one:
 * after the quote (", Mills said"), in a lead-in ending with a colon (the same paragraph or the one before),
 * or, for a quote that follows an attributed one in the same paragraph, the speaker of that one. */
export function quoteSpeakers(text: string, sentences: Sentence[]): Map<number, string> {
  const quotes = findQuotations(text, sentences);
  for (const [i, q] of quotes.entries()) {
    q.speaker = speakerAfter(text.slice(q.end, q.end + 160)) ?? speakerBefore(text, q.start);
    const prev = quotes[i - 1];
    if (!q.speaker && prev?.speaker && prev.paragraph === q.paragraph) q.speaker = prev.speaker;
  }
  const out = new Map<number, string>();
  for (const [i, s] of sentences.entries()) {
    const q = quotes.find((x) => x.speaker && s.start < x.end && s.end > x.start);
    if (q) out.set(i, q.speaker!);
  }
  return out;
}

function findQuotations(text: string, sentences: Sentence[]): Quotation[] {
  const out: Quotation[] = [];
  const paragraphOf = (at: number) => sentences.find((s) => at < s.end)?.paragraph ?? -1;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      // A quote worth following spans more than a scare-quoted word or two.
      if (i - open > 25) out.push({ start: open, end: i + 1, paragraph: paragraphOf(open) });
      open = -1;
    }
  }
  return out;
}

function speakerAfter(after: string): string | undefined {
  // "Ram B. Thapa said": an initial's period ends no name (blanked here, given back by cleanAgent).
  const m = SPEAKER_AFTER.exec(after.split('\n')[0].replace(INITIAL, '$1 '));
  const who = m?.[1] ?? m?.[2];
  return who && isAgent(who) ? cleanAgent(who) : undefined;
}

const INITIAL = /\b(\p{Lu})\.(?=\s\p{Lu})/gu;

function speakerBefore(text: string, quoteStart: number): string | undefined {
  // The lead-in sits just before the quote on its line, or closes the line before when the quote opens one.
  const lineStart = text.lastIndexOf('\n', quoteStart - 1) + 1;
  const onLine = text.slice(lineStart, quoteStart).trim();
  const before = onLine || text.slice(Math.max(0, text.lastIndexOf('\n', lineStart - 2) + 1), Math.max(0, lineStart - 1)).trim();
  if (!before.endsWith(':')) return undefined;
  const m = SPEAKER_BEFORE.exec(before.slice(-200));
  if (!m) return undefined;
  const names = [...m[1].matchAll(NAME)].map((n) => n[0]);
  // "Its commander, Mykola Oleshchuk," names the person; otherwise the phrase itself ("The ministry").
  const who = names.at(-1) ?? m[1].split(',').pop()!;
  return isAgent(who) ? cleanAgent(who) : undefined;
}
