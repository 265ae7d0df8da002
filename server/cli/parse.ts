/** parse CLI: `npm run parse -- FILE|URL...` prints one JSON line per input; one bad input never stops the others. */
import { readFile } from 'node:fs/promises';
import { openAgent } from '../ingest/address-guard.ts';
import { decodeBody } from '../ingest/decode.ts';
import { fetchFeed } from '../ingest/fetch-feed.ts';
import { parseFeed } from '../ingest/parse/index.ts';

// URLs get the same safety rules as sources: private addresses only with TALLY_ALLOW_PRIVATE_FEEDS=1.
const network = process.env.TALLY_ALLOW_PRIVATE_FEEDS === '1' ? { dispatcher: openAgent(), isRefused: null } : {};

const inputs = process.argv.slice(2);
if (inputs.length === 0 || inputs.some((a) => a.startsWith('-'))) {
  const bad = inputs.find((a) => a.startsWith('-'));
  console.error(bad ? `parse: unknown flag ${bad}` : 'parse: usage: npm run parse -- FILE|URL...');
  process.exit(2);
}

let readAny = false;
for (const input of inputs) {
  try {
    const { text, baseUrl } = await load(input);
    readAny = true;
    const feed = parseFeed(text, baseUrl);
    console.log(JSON.stringify({ input, format: feed.format, items: feed.items }));
  } catch (err) {
    console.log(JSON.stringify({ input, error: (err as Error).message }));
  }
}
process.exit(readAny ? 0 : 2);

async function load(input: string): Promise<{ text: string; baseUrl?: string }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    const url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`parse: ${input} is not an http(s) URL`);
    const fetched = await fetchFeed(url.href, network);
    if (fetched.notModified) throw new Error(`parse: ${input} answered 304 to an unconditional request`);
    return { text: decodeBody(fetched.body, fetched.contentType).text, baseUrl: fetched.finalUrl };
  }
  return { text: decodeBody(await readFile(input)).text };
}
