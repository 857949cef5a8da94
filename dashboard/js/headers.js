// What the page reads from HTTP's headers and cookies: the XSRF-TOKEN cookie that a write with the session
// echoes as X-XSRF-TOKEN (DESIGN.md §15), and a 429's Retry-After. Pure: tested with node.

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** The value of cookie `name` in document.cookie ("a=1; b=2"); null when absent or empty. */
export function cookieValue(cookies, name) {
  for (const part of String(cookies ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    let value = part.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // not percent-encoded: as it is
    }
    return value || null;
  }
  return null;
}

/** The CSRF header of a write: the cookie's value, or nothing while the api-server has set no cookie. */
export function csrfHeader(cookies) {
  const token = cookieValue(cookies, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}

/** Retry-After in whole seconds (at least 1), from seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(value, now = Date.now()) {
  const text = String(value ?? '').trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Math.max(1, Number(text));
  const at = /GMT$/i.test(text) ? Date.parse(text) : NaN; // an HTTP date; Date.parse('-5') is a year
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - now) / 1000));
}
