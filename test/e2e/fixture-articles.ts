import type { Article } from '../../src/model/article.js';

/**
 * Articles written for onrecord's web tests (not taken from any outlet or from the seed story), about
 * fictional people, countries and outlets, so no real person is given words they did not say. They
 * cover what the pages show: one person across outlets and titles, a territory shift, NATO in search,
 * a caption and a dateline, and hostile markup in text, title and outlet.
 */
export const FIXTURE_ARTICLES: Article[] = [
  {
    id: 'fixture-ostrovsky-june',
    title: 'Ostrovsky rules out giving up land',
    published: '2024-06-14',
    outlet: 'Veldgrad Ledger',
    url: 'https://example.org/veldgrad-ledger/ostrovsky-rules-out-land',
    text: `Ostrovsky rules out giving up land

VELDGRAD, June 14 (Veldgrad Ledger) -- Veldonian President Danylo Ostrovsky said on Thursday that Veldonia would never cede any territory to Karvia.

"We will not give up a single village," Ostrovsky told reporters in Veldgrad. "Our land is not for trade."

Ostrovsky added that talks about a ceasefire could only begin once Karvian troops had left.

NATO Secretary-General Ines Halvorsen said the alliance would keep supporting Veldonia for as long as it takes.`,
  },
  {
    id: 'fixture-ostrovsky-november',
    title: 'Ostrovsky signals openness to a territory deal for NATO cover',
    published: '2024-11-30',
    outlet: 'Harbour Times',
    url: 'https://example.org/harbour-times/ostrovsky-territory-nato',
    text: `Ostrovsky signals openness to a territory deal for NATO cover

Danylo Ostrovsky speaks to reporters in Veldgrad. Photo by Example Press Agency

Veldonian President Danylo Ostrovskyy said on Friday that Veldonia might cede occupied territory in exchange for NATO membership for the rest of the country.

"A ceasefire could come sooner if the free part of Veldonia is protected by NATO," Ostrovskyy told the Harbour Times.

NATO Secretary-General Pieter Vonk said earlier this week that allies must send more air defence to Veldonia.

The Karvian government said on Friday that NATO membership for Veldonia was unacceptable.`,
  },
  {
    id: 'fixture-vonk-december',
    title: 'Vonk urges allies to spend more on defence',
    published: '2024-12-05',
    outlet: 'Northern Wire',
    text: `Vonk urges allies to spend more on defence

BRUSSELS (Northern Wire) -- NATO Secretary-General Pieter Vonk said on Wednesday that European allies must spend far more on their armies.

"We are not at war, but we are not at peace either," Vonk told lawmakers in Brussels.

Lenovan Prime Minister Pal Kertesz said a ceasefire in Veldonia should come before any talk of NATO membership.`,
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
