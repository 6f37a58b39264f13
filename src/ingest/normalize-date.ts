const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Normalises a publication date to ISO. An ISO timestamp keeps its own offset (its first ten characters
 * stay the local calendar day, which is what relative dates in the text count from); other formats
 * (RFC 2822, "26-FEB-1987 15:01:01.79", "November 30, 2024") become YYYY-MM-DD or a UTC timestamp.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'number' && Number.isFinite(value)) {
    // seconds or milliseconds since the epoch
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;

  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(
      text,
    );
  if (iso) {
    const day = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (!day) return null;
    if (iso[4] === undefined) return day;
    const zone = iso[7]
      ? iso[7].toUpperCase() === 'Z'
        ? 'Z'
        : iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${day}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(text);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  const dayMonthYear = /^(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ,]+(\d{4})\b/.exec(text);
  if (dayMonthYear) {
    const month = MONTHS[dayMonthYear[2].slice(0, 3).toLowerCase()];
    if (month) return validDate(Number(dayMonthYear[3]), month, Number(dayMonthYear[1]));
  }
  const monthDayYear = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (monthDayYear) {
    const month =
      MONTHS[monthDayYear[1].slice(0, 4).toLowerCase()] ?? MONTHS[monthDayYear[1].slice(0, 3).toLowerCase()];
    if (month) return validDate(Number(monthDayYear[3]), month, Number(monthDayYear[2]));
  }
  const parsed = Date.parse(text);
  if (!Number.isNaN(parsed)) {
    const date = new Date(parsed);
    if (date.getUTCFullYear() >= 1800 && date.getUTCFullYear() <= 2200) return date.toISOString();
  }
  return null;
}

/** A date in a URL path: /2019/11/19/, /2019-11-19/, /20191119/. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const slashed = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/.exec(path);
  if (slashed) return validDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const compact = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return null;
}
