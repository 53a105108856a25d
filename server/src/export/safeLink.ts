const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target to write into an export, or null to show the text without a link: only
 * http, https and mailto. A `javascript:` or `data:` href from a pasted document would run
 * script in the HTML export, and a PDF or Word reader may act on other schemes.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
