import type { Caption } from '../model/article.js';

/** Elements whose text starts and ends a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'dl',
  'dt',
  'dd',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'form',
  'fieldset',
  'caption',
  'picture',
]);

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'input',
  'head',
  'meta',
  'link',
  'video',
  'audio',
  'map',
]);

const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|credit|photo-?credit|image-?credit|img-?credit|media-?credit|wp-caption-text)(?:$|[\s_-])/i;

/** The minimal DOM surface the walker needs (linkedom and browsers both provide it). */
interface WalkNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<WalkNode>;
  getAttribute?: (name: string) => string | null;
}

export interface HtmlText {
  /** Paragraphs separated by blank lines. */
  text: string;
  captions: Caption[];
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ');
}

function isCaptionElement(tag: string, element: WalkNode): boolean {
  if (tag === 'figcaption') return true;
  const className = element.getAttribute?.('class') ?? '';
  const id = element.getAttribute?.('id') ?? '';
  return CAPTION_CLASS.test(className) || CAPTION_CLASS.test(id);
}

const CREDIT_PATTERNS = [
  /\s*\(?\b(?:photo|photograph|image|picture|credit|foto)s?(?:\s+credit)?\s*(?:by|:|courtesy(?: of)?)\s*([^()]{2,120}?)\)?\s*$/i,
  /\s*\(?((?:[\p{Lu}][\p{L}.'-]*\s){0,3}[\p{Lu}][\p{L}.'-]*\s*\/\s*(?:Getty Images|AP|AFP|Reuters|EPA|Shutterstock|Bloomberg|UPI|Sputnik|TASS|Anadolu|Alamy|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?))\)?\s*$/u,
];

/** Splits "A soldier walks past. Photo by Jane Roe/AP" into the caption and its credit. */
export function splitCredit(text: string): Caption {
  for (const pattern of CREDIT_PATTERNS) {
    const match = pattern.exec(text);
    if (match && match.index > 0) {
      return { text: text.slice(0, match.index).trim(), credit: match[1].trim() };
    }
  }
  return { text: text.trim(), credit: null };
}

const BOILERPLATE =
  /^(?:©|\(c\) |copyright\b)|all rights reserved|^(?:you may also like|related (?:stories|articles|coverage)|read more|advertisement|sign in|subscribe)\b.{0,40}$/i;

/**
 * A paragraph that is almost all link text and short is a menu, a related-links list or a tag cloud; a
 * copyright line or a "you may also like" header is page furniture.
 */
function isBoilerplate(paragraph: string, linkChars: number): boolean {
  if (BOILERPLATE.test(paragraph)) return true;
  const words = paragraph.split(' ').length;
  return words < 15 && linkChars >= paragraph.length * 0.9;
}

const CREDIT_CLASS = /credit|copyright/i;
const CREDIT_PREFIX = /^(?:photo(?:graph)?|image|picture|credit|foto)s?(?:\s+credit)?\s*(?::|by\b)\s*/i;

/**
 * A caption element's text and credit: a descendant whose class or id says credit is the credit (as in
 * `<figcaption><p class="credit">Jane Roe | Agency</p><p>The pier.</p></figcaption>`), blocks inside are
 * kept apart by spaces, and without a marked credit a trailing "Photo: …" or "Name/Agency" is split off.
 */
export function captionFrom(root: WalkNode): Caption {
  let credit: string | null = null;
  const parts: string[] = [];
  const stack: WalkNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as WalkNode;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    const marker = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
    if (node !== root && credit === null && CREDIT_CLASS.test(marker)) {
      credit =
        collapse(node.textContent ?? '')
          .trim()
          .replace(CREDIT_PREFIX, '') || null;
      continue;
    }
    if (BLOCK.has(tag) || tag === 'br' || tag === 'figcaption') parts.push(' ');
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]);
  }
  const text = collapse(parts.join('')).trim();
  if (credit) return { text, credit };
  return splitCredit(text);
}

/**
 * Turns an element into clean paragraphs: block elements break paragraphs, whitespace collapses, <pre>
 * keeps its lines, table cells are joined by spaces, and captions and credits (figcaption, elements whose
 * class or id says caption/credit) go to `captions` instead of the body.
 */
export function htmlText(root: WalkNode): HtmlText {
  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  let buffer = '';
  let linkChars = 0;

  const flush = () => {
    const paragraph = buffer.replace(/ {2,}/g, ' ').trim();
    if (paragraph && !isBoilerplate(paragraph, linkChars)) paragraphs.push(paragraph);
    buffer = '';
    linkChars = 0;
  };

  // Iterative, so a page nested ten thousand levels deep cannot overflow the stack.
  type Frame = { node: WalkNode; exit?: true; tag?: string };
  const stack: Frame[] = [{ node: root }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (frame.exit) {
      if (BLOCK.has(frame.tag as string)) flush();
      else if (frame.tag === 'td' || frame.tag === 'th') buffer += ' ';
      continue;
    }
    if (node.nodeType === 3) {
      buffer += collapse(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'img') continue;
    if (
      node.getAttribute?.('aria-hidden') === 'true' ||
      (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined)
    )
      continue;
    if (tag === 'a') linkChars += collapse(node.textContent ?? '').trim().length;
    if (node !== root && isCaptionElement(tag, node)) {
      const caption = captionFrom(node);
      // A credit element on its own ("Photo: Jane Roe/AP") belongs to the caption before it.
      const previous = captions[captions.length - 1];
      const className = node.getAttribute?.('class') ?? '';
      if (CREDIT_CLASS.test(className) && tag !== 'figcaption' && previous && !previous.credit) {
        previous.credit =
          (caption.credit ? `${caption.text} ${caption.credit}` : caption.text)
            .replace(CREDIT_PREFIX, '')
            .trim() || null;
      } else if (caption.text || caption.credit) {
        captions.push(caption.text ? caption : { text: caption.credit ?? '', credit: caption.credit });
      }
      continue;
    }
    if (tag === 'pre') {
      flush();
      const lines = (node.textContent ?? '').split('\n').map((line) => line.trimEnd());
      const block = lines.join('\n').trim();
      if (block) paragraphs.push(block);
      continue;
    }
    if (BLOCK.has(tag)) flush();
    stack.push({ node, exit: true, tag });
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index] });
  }
  flush();
  return { text: paragraphs.join('\n\n'), captions };
}
