/**
 * The one escape function for every piece of text that reaches a page (article text, names, user
 * input). Markup is built only with the `html` tag below, which escapes every interpolated value
 * unless it is already SafeHtml, so forgetting to escape is not possible by accident.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

const SPECIAL = /[&<>"'`]/;

export function escapeHtml(value: string): string {
  // Most values (names, dates, ids) need nothing: skip the replace and its allocation.
  return SPECIAL.test(value) ? value.replace(/[&<>"'`]/g, (char) => ESCAPES[char]) : value;
}

/** Markup that is already safe: produced by `html` or `raw`, never from input. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let index = 0; index < values.length; index++) {
    out += renderValue(values[index]) + strings[index + 1];
  }
  return new SafeHtml(out);
}

/** For markup written in this code base (constants), never for input. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A path segment for links: ids may be URLs. */
export function pathSegment(value: string): string {
  return encodeURIComponent(value);
}
