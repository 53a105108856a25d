/*
 * Which words are web addresses, without linkifyjs (32 KB for its state machine and the full
 * list of top-level domains). An address with a scheme or `www.` is one whatever its ending; a
 * bare `name.tld` or e-mail address only for the common domains below, so a file name such as
 * `plan.pdf` or `node.js` in a sentence stays text.
 */

/** Generic domains and the European country domains the plans' cities and partners use. */
const COMMON_TLDS = new Set(
  (
    'com org net int edu gov info eu europa io app dev ' +
    'al ad at ba be bg by ch cy cz de dk ee es fi fo fr gi gr hr hu ie is it li lt lu lv mc md me mk mt nl no pl pt ro rs ru se si sk sm ua uk va xk'
  ).split(' '),
);

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const PATH = '(?:[/?#]\\S*)?';
const WITH_SCHEME = /^(?:https?|ftps?):\/\/[^\s/?#]+\S*$/i;
const MAILTO = /^mailto:[^\s@]+@\S+$/i;
const WWW = new RegExp(`^www\\.(?:${LABEL}\\.)+[a-z]{2,}(?::\\d+)?${PATH}$`, 'i');
const BARE_DOMAIN = new RegExp(`^(?:${LABEL}\\.)+([a-z]{2,})(?::\\d+)?${PATH}$`, 'i');
const EMAIL = new RegExp(`^[a-z0-9._%+-]+@(?:${LABEL}\\.)+([a-z]{2,})$`, 'i');

/** The link target for `word` when the whole word is an address (`https://` added as linkify did), else null. */
export function urlHref(word: string): string | null {
  if (WITH_SCHEME.test(word) || MAILTO.test(word)) return word;
  if (WWW.test(word)) return `https://${word}`;
  const domain = BARE_DOMAIN.exec(word);
  if (domain && COMMON_TLDS.has(domain[1]!.toLowerCase())) return `https://${word}`;
  const email = EMAIL.exec(word);
  if (email && COMMON_TLDS.has(email[1]!.toLowerCase())) return `mailto:${word}`;
  return null;
}

export interface FoundUrl {
  /** Where the address starts in the text. */
  index: number;
  text: string;
  href: string;
}

/** Punctuation around an address in a sentence that is not part of it. */
const LEADING = /^[("'[<«“‘]+/;
const TRAILING = /[)"'\]>»”’.,;:!?]+$/;

/** Every address in `text`, each word stripped of the sentence's punctuation around it. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    const leading = LEADING.exec(word[0])?.[0].length ?? 0;
    const core = word[0].slice(leading).replace(TRAILING, '');
    const href = core ? urlHref(core) : null;
    if (href) found.push({ index: word.index + leading, text: core, href });
  }
  return found;
}

/** The word just typed is an address, alone or in brackets (as linkify's autolink accepted). */
export function typedUrl(word: string): FoundUrl | null {
  const bracketed = /^([([])(.*)([)\]])$/.exec(word);
  if (bracketed && (bracketed[1] === '(' ? ')' : ']') === bracketed[3]) {
    const href = urlHref(bracketed[2]!);
    return href ? { index: 1, text: bracketed[2]!, href } : null;
  }
  const href = urlHref(word);
  return href ? { index: 0, text: word, href } : null;
}

const ALLOWED_PROTOCOLS = 'https?|ftps?|mailto|tel|callto|sms|cid|xmpp';
const UNICODE_WHITESPACE = /[\0- \xA0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
/** A known scheme, or no scheme at all (a relative address). Refuses `javascript:` and `data:`. */
const ALLOWED_URI = new RegExp(`^(?:(?:${ALLOWED_PROTOCOLS}):|[^a-z]|[a-z0-9+.\\-]+(?:[^a-z+.\\-:]|$))`, 'i');

/** Whether a link may point at `uri` (the rule of @tiptap/extension-link, which this mark replaces). */
export function isAllowedUri(uri: string | null | undefined): boolean {
  return !uri || ALLOWED_URI.test(uri.replace(UNICODE_WHITESPACE, ''));
}
