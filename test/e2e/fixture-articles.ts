import type { Article } from '../../src/model/article.js';

/**
 * Articles written for onrecord's web tests (not taken from any outlet or from the seed story). They
 * cover what the pages show: one person across outlets and titles, a territory shift, NATO in search,
 * a caption and a dateline, and hostile markup in text, title and outlet.
 */
export const FIXTURE_ARTICLES: Article[] = [
  {
    id: 'fixture-zelensky-june',
    title: 'Zelensky rules out giving up land',
    published: '2024-06-14',
    outlet: 'Kyiv Ledger',
    url: 'https://example.org/kyiv-ledger/zelensky-rules-out-land',
    text: `Zelensky rules out giving up land

KYIV, June 14 (Kyiv Ledger) -- Ukrainian President Volodymyr Zelensky said on Thursday that Ukraine would never cede any territory to Russia.

"We will not give up a single village," Zelensky told reporters in Kyiv. "Our land is not for trade."

Zelensky added that talks about a ceasefire could only begin once Russian troops had left.

NATO Secretary-General Jens Stoltenberg said the alliance would keep supporting Ukraine for as long as it takes.`,
  },
  {
    id: 'fixture-zelensky-november',
    title: 'Zelensky signals openness to a territory deal for NATO cover',
    published: '2024-11-30',
    outlet: 'Harbour Times',
    url: 'https://example.org/harbour-times/zelensky-territory-nato',
    text: `Zelensky signals openness to a territory deal for NATO cover

Volodymyr Zelensky speaks to reporters in Kyiv. Photo by Example Press Agency

Ukrainian President Volodymyr Zelenskyy said on Friday that Ukraine might cede occupied territory in exchange for NATO membership for the rest of the country.

"A ceasefire could come sooner if the free part of Ukraine is protected by NATO," Zelenskyy told the Harbour Times.

NATO Secretary-General Mark Rutte said earlier this week that allies must send more air defence to Ukraine.

The Kremlin said on Friday that NATO membership for Ukraine was unacceptable.`,
  },
  {
    id: 'fixture-rutte-december',
    title: 'Rutte urges allies to spend more on defence',
    published: '2024-12-05',
    outlet: 'Northern Wire',
    text: `Rutte urges allies to spend more on defence

BRUSSELS (Northern Wire) -- NATO Secretary-General Mark Rutte said on Wednesday that European allies must spend far more on their armies.

"We are not at war, but we are not at peace either," Rutte told lawmakers in Brussels.

Hungarian Prime Minister Viktor Orban said a ceasefire in Ukraine should come before any talk of NATO membership.`,
  },
];

/** Markup that must render as text: in the body, inside a quote, in the title and in the outlet. */
export const HOSTILE_ARTICLE: Article = {
  id: 'fixture-hostile-markup',
  title: 'Markup <img src=x onerror="window.__pwned=\'title\'"> in a headline',
  published: '2024-12-10',
  outlet: '"><script>window.__pwned="outlet"</script>',
  text: `Markup <img src=x onerror="window.__pwned='title'"> in a headline

WASHINGTON (Test Gazette) -- "The talks on NATO are stalling </mark><img src=x onerror=window.__pwned="mark"> for now," analyst Jane Doe told the Test Gazette on Monday.

Doe said that the alliance <script>window.__pwned="body"</script> would wait for the election.

Analyst Jane Doe said: "Talks on NATO <script>window.__pwned="quote"</script> are stalling </mark><img src=x onerror=window.__pwned="quote-mark"> for now."

"Nothing " onmouseover="window.__pwned='attribute'" x=" will change soon," Doe said.`,
};

export const PAYLOADS = [
  '<script>window.__pwned="quote"</script>',
  '</mark><img src=x onerror=window.__pwned="quote-mark">',
  '<script>window.__pwned="body"</script>',
  '</mark><img src=x onerror=window.__pwned="mark">',
  `" onmouseover="window.__pwned='attribute'" x="`,
];
