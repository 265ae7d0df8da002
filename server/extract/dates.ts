/** Date mentions via chrono-node, with refiners for news usage: "on Saturday" is the last Saturday, not the next. */
import * as chrono from 'chrono-node';

/** DateMention is one date (or date range) named in a text, resolved to calendar days. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string;
  dateEnd?: string;
  /** day: a calendar day; weekday: a bare weekday; background: "week of", a year or month; time: a clock time;
   * dateline: the day in "KYIV, Dec 29 (Reuters) -", which dates the report, not its figures. */
  kind: 'day' | 'weekday' | 'background' | 'time' | 'dateline';
  /** "last night": the night that ended on the publication day, a looser day than a named one. */
  night?: boolean;
  /** "Friday night's attack": the day names an event, which a running total reported later is not about. */
  possessive?: boolean;
  /** "yesterday's figures", "Sunday's toll": the day the figures were tallied. */
  tally?: boolean;
}

// Relative days are resolved by the claim builder against the day the text was talking about, not here.
const OWN_RELATIVE = /^(?:the\s+)?(?:day|night)\s+(?:before|after)$|^the\s+(?:previous|next|following)\s+day$|^a\s+day\s+(?:earlier|later|before)$/i;
const FUTURE_CUE = /\b(?:will|shall|set (?:to|for)|slated|expected|planned|plans?|scheduled|due|to occur|to take place|next|upcoming|coming|are to|is to|until|deadline)\b/i;
// "Palm Sunday victims", "the Easter Sunday attack": a feast's name, or a day before the event's noun, names the event.
const FEAST_BEFORE = /\b(?:Palm|Easter|Good|Holy|Maundy|Ash|Whit|Bloody|Black)\s+$/;
const EVENT_AFTER_DAY = /^\s+(?:victims|attacks?|strikes?|bombings?|massacre|shooting|blasts?|explosions?|quake|earthquake|floods?|fires?|raids?|shelling)\b/i;
const TALLY_AFTER = /^(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+(?:(?:official|latest|final|first|updated|new|provisional)\s+)?(?:figures|numbers|tally|tallies|toll|count|update|statistics|data)\b/i;
const BACKGROUND_BEFORE = /\b(?:week of|until|till)\s+(?:the\s+)?$/i;
// "KYIV, Dec 29 (Reuters) -", "MOSCOW/CHERNIHIV, Ukraine, May 24 (Reuters) –", "TAMPA, Fla. (Oct. 9) —".
const DATELINE_BEFORE = /^\s*[A-Z][A-Z.'’ \/-]{2,}(?:,\s*[A-Z][\w.'’ -]*){0,2}[,(]?\s*\(?\s*$/;
const DATELINE_AFTER = /^\s*(?:,\s*\d{4})?\s*\)?\s*(?:\([^)]*\))?\s*(?:--|[-–—:])/;
const RANGE_GAP = /^\s*,?\s*(?:and\s+)?(?:(?:going|continuing|lasting|running|stretching)\s+)?(?:into|to|through|until|till|-|–)\s*$/i;

/** weekdayBeforePublication is a chrono refiner: a bare weekday is the latest such day on or before publication,
 * or the next one when the sentence speaks of the future ("are set to occur on Sunday"). */
export const weekdayBeforePublication: chrono.Refiner = {
  refine(context, results) {
    const ref = context.reference.instant;
    for (const r of results) {
      if (!r.start.isCertain('weekday') || r.start.isCertain('day')) continue;
      const sentence = context.text.slice(0, r.index).split(/[.!?]\s/).pop() ?? '';
      const wanted = r.start.get('weekday')!;
      // "last Sunday" said on a Sunday is a week back, not today.
      const back = (ref.getDay() - wanted + 7) % 7 || (/^last\s/i.test(r.text.trim()) ? 7 : 0);
      const shift = FUTURE_CUE.test(sentence) ? (wanted - ref.getDay() + 7) % 7 : -back;
      const day = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + shift, 12);
      r.start.imply('year', day.getFullYear());
      r.start.imply('month', day.getMonth() + 1);
      r.start.imply('day', day.getDate());
    }
    return results;
  },
};

/** yearBeforeFarFuture is a chrono refiner: a day named without its year ("Oct. 7") more than two weeks after
 * publication is last year's, unless the sentence speaks of the future. */
export const yearBeforeFarFuture: chrono.Refiner = {
  refine(context, results) {
    const ref = context.reference.instant;
    const limit = ref.getTime() + 14 * 86_400_000;
    for (const r of results) {
      if (!r.start.isCertain('month') || r.start.isCertain('year') || r.start.date().getTime() <= limit) continue;
      // Only the words leading to the day: "is to release hostages seized in its Oct. 7 attack" is a past day.
      if (FUTURE_CUE.test(context.text.slice(Math.max(0, r.index - 30), r.index))) continue;
      r.start.imply('year', r.start.get('year')! - 1);
      if (r.end && !r.end.isCertain('year')) r.end.imply('year', r.end.get('year')! - 1);
    }
    return results;
  },
};

/** lastNightIsPublicationDay is a chrono refiner: "last night" is the night that ended on the publication day,
 * dated to that day like "overnight" (chrono would take the evening before). */
export const lastNightIsPublicationDay: chrono.Refiner = {
  refine(context, results) {
    const ref = context.reference.instant;
    for (const r of results) {
      if (!/^last\s*night$/i.test(r.text.trim())) continue;
      r.start.assign('year', ref.getFullYear());
      r.start.assign('month', ref.getMonth() + 1);
      r.start.assign('day', ref.getDate());
      r.start.addTag('tally/night');
    }
    return results;
  },
};

// Relative future spans ("in 11 days", "11 days later", "the next 2 weeks") are durations in news copy far more
// often than dates ("84 people died in 11 days"); a period of a figure is read by day-phrases.ts instead. Clock
// times date nothing and quantities.ts knows them by their "a.m." or ":30"; their parser is chrono's slowest.
const DROPPED = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENRelativeDateFormatParser']);
/** HolidayParser reads the holidays news dates by ("on New Year's Day", "on Christmas Eve"). */
class HolidayParser implements chrono.Parser {
  static readonly DAYS: Record<string, [number, number]> = {
    "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'boxing day': [12, 26],
  };
  pattern(): RegExp {
    return /\b(New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day)\b/i;
  }
  extract(context: chrono.ParsingContext, match: RegExpMatchArray): chrono.ParsingComponents {
    const [month, day] = HolidayParser.DAYS[match[1].toLowerCase().replace('’', "'")];
    const c = context.createParsingComponents({ month, day });
    c.imply('year', context.reference.instant.getFullYear());
    return c;
  }
}

const full = chrono.casual.clone();
full.parsers = [...full.parsers.filter((p) => !DROPPED.has(p.constructor.name)), new HolidayParser()];
full.refiners.push(weekdayBeforePublication, yearBeforeFarFuture, lastNightIsPublicationDay);

// Each of chrono's parsers runs its pattern over the whole chunk: a chunk gets only those whose cue it holds.
const CUES: Array<[RegExp, string[]]> = [
  [/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/,
    ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser', 'ENEndOfCurrentMonthParser']],
  [/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/, ['ENWeekdayParser']],
  [/\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night|now)\b/, ['ENCasualDateParser', 'ENCasualTimeParser']],
  [/\bago\b/, ['ENTimeUnitAgoFormatParser']],
  [/\b(?:New Year|Christmas|Boxing Day)/i, ['HolidayParser']],
  [/\d\/\d/, ['SlashDateFormatParser', 'ENSlashMonthFormatParser']],
  [/\d{4}-\d\d/, ['ISOFormatParser', 'ENYearMonthDayParser']],
];
const PARSERS = new Map<number, chrono.Chrono>();

/** parserFor builds (once per combination) a chrono with only the parsers a chunk's cues call for. */
function parserFor(chunk: string): chrono.Chrono | undefined {
  let key = 0;
  for (const [i, [cue]] of CUES.entries()) if (cue.test(chunk)) key |= 1 << i;
  if (!key) return undefined;
  let p = PARSERS.get(key);
  if (!p) {
    const names = new Set(CUES.filter((_, i) => key & (1 << i)).flatMap(([, n]) => n));
    p = full.clone();
    p.parsers = p.parsers.filter((x) => names.has(x.constructor.name));
    PARSERS.set(key, p);
  }
  return p;
}

// Sentence-sized chunks: chrono's patterns scan only where a day may be, and ranges never cross a sentence.
// "Feb. 24" and "Aug. 8" do not end one: a chunk ends before a capital.
const CHUNK_END = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})|\n/gu;

/** publishedDay turns an item's ISO datetime into its calendar day as written (today when missing or bad). */
export function publishedDay(publishedAt?: string): string {
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(publishedAt ?? '')?.[1];
  if (written) return written;
  const d = publishedAt ? new Date(publishedAt) : new Date();
  return (Number.isNaN(d.getTime()) ? new Date() : d).toISOString().slice(0, 10);
}

/** addDays moves a YYYY-MM-DD day by n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** findDates lists the dates a text names, resolved against the publication day, ranges merged. */
export function findDates(text: string, pubDay: string): DateMention[] {
  const [y, m, d] = pubDay.split('-').map(Number);
  // Local noon keeps chrono's local-time arithmetic on the publication day whatever the process time zone.
  const ref = new Date(y, m - 1, d, 12);
  const mentions: DateMention[] = [];
  // A headline, a summary and a body often repeat a sentence word for word: chrono reads each wording once.
  const seen = new Map<string, chrono.ParsedResult[]>();
  let from = 0;
  for (const end of [...[...text.matchAll(CHUNK_END)].map((m) => m.index! + m[0].length), text.length]) {
    const chunk = text.slice(from, end);
    const parser = seen.has(chunk) ? undefined : parserFor(chunk);
    const results = seen.get(chunk) ?? (parser ? parser.parse(chunk, ref) : []);
    seen.set(chunk, results);
    for (const r of results) mentions.push(...mention(text, from, r, ref));
    from = end;
  }
  return mergeRanges(text, mentions);
}

function mention(text: string, offset: number, r: chrono.ParsedResult, ref: Date): DateMention[] {
  // chrono reads "the night of December 29" as a clock time on no certain day; the date after "of" is the day.
  const partOf = /^(.*?\b(?:night|morning|evening|afternoon)\s+of\s+)(.+)$/i.exec(r.text);
  const inner = partOf && !r.start.isCertain('day') ? full.parse(partOf[2], ref)[0] : undefined;
  if (inner?.start.isCertain('day')) {
    const start = offset + r.index + r.text.length - r.text.trimStart().length;
    const end = offset + r.index + partOf![1].length + inner.index + inner.text.length;
    return [{ start, end, text: text.slice(start, end), date: ymd(inner.start), ...(inner.end?.isCertain('day') ? { dateEnd: ymd(inner.end) } : {}), kind: 'day' }];
  }
  // "On 30 July, 50 officers were injured": the 50 is no year.
  const tail = /,\s*\d{1,3}$/.exec(r.text);
  if (tail && r.start.isCertain('year')) {
    const again = full.parse(r.text.slice(0, tail.index), ref)[0];
    return again ? mention(text, offset + r.index, again, ref) : [];
  }
  const raw = r.text;
  const lead = raw.length - raw.trimStart().length;
  const shown = raw.trim();
  // "over the weekend" is a period the day phrases read; chrono would make it Saturday alone.
  if (OWN_RELATIVE.test(shown) || /^(?:the\s+)?weekend\W*$/i.test(shown)) return [];
  const start = offset + r.index + lead;
  // "five Americans" is no "five am": a clock suffix must end its word.
  if (/[ap]\.?m$/i.test(shown) && /^\p{L}/u.test(text.slice(start + shown.length, start + shown.length + 1))) return [];
  const out: DateMention = { start, end: start + shown.length, text: shown, date: ymd(r.start), kind: kindOf(r.start) };
  if (r.end && r.end.isCertain('day')) out.dateEnd = ymd(r.end);
  if (r.start.tags().has('tally/night')) out.night = true;
  // "A recap of yesterday's figures": a day's tally is of that day, no event's.
  if (/^(?:\s+(?:night|morning|evening|afternoon))?['’]s\b/.test(text.slice(out.end, out.end + 16))) {
    if (TALLY_AFTER.test(text.slice(out.end, out.end + 40))) out.tally = true;
    else out.possessive = true;
  }
  if (out.kind === 'weekday' && (FEAST_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || EVENT_AFTER_DAY.test(text.slice(out.end, out.end + 16)))) out.possessive = true;
  if (out.kind !== 'time' && BACKGROUND_BEFORE.test(text.slice(Math.max(0, start - 20), start))) out.kind = 'background';
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (out.kind === 'day' && DATELINE_BEFORE.test(text.slice(lineStart, start)) && DATELINE_AFTER.test(text.slice(out.end, out.end + 30))) out.kind = 'dateline';
  return [out];
}

function kindOf(c: chrono.ParsedComponents): DateMention['kind'] {
  if (c.isCertain('day')) return 'day';
  if (c.isCertain('weekday')) return 'weekday';
  if (c.isCertain('month') || c.isCertain('year')) return 'background';
  return 'time';
}

function ymd(c: chrono.ParsedComponents): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}

function mergeRanges(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const dayLike = (x: DateMention) => x.kind === 'day' || x.kind === 'weekday';
    const gap = prev ? text.slice(prev.end, m.start) : '';
    // "between Sunday and Monday", "over Sunday and Monday": two days joined by "and" make a period.
    const between = prev && /\b(?:between|over|across|during)\s+$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && /^\s+and\s+$/i.test(gap);
    if (prev && dayLike(prev) && dayLike(m) && !prev.dateEnd && m.date > prev.date && (RANGE_GAP.test(gap) || between)) {
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end), dateEnd: m.date };
    } else out.push(m);
  }
  return out;
}
