// Search as you type: a debounced fetch of /api/statements, results built with textContent only
// (never innerHTML), so no statement text can become markup. Mirrors src/web/statement-item.ts.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var list = document.getElementById('results');
  var status = document.getElementById('results-status');
  var more = document.getElementById('more');
  if (!form || !list || !status) return;

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var PAGE = 25;
  var timer = null;
  var controller = null;
  var nextCursor = null;
  var generation = 0;

  function formatDate(iso) {
    if (!iso) return '';
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!m) return iso;
    return Number(m[3]) + ' ' + (MONTHS[Number(m[2]) - 1] || m[2]) + ' ' + m[1];
  }

  function formatSaidOn(saidOn, published) {
    if (!saidOn) return published ? 'published ' + formatDate(published) : 'date unknown';
    if (saidOn.basis === 'before') return 'before ' + formatDate(saidOn.to);
    if (saidOn.from && saidOn.to && saidOn.from !== saidOn.to)
      return formatDate(saidOn.from) + ' – ' + formatDate(saidOn.to);
    var day = formatDate(saidOn.from || saidOn.to);
    return saidOn.basis === 'published' ? day + ' (published)' : day;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function link(className, href, text) {
    var node = el('a', className, text);
    node.setAttribute('href', href);
    return node;
  }

  // The query's words as one pattern, as termPattern in statement-item.ts builds it.
  function termPattern(query) {
    var words = (query || '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(function (word) {
        return word.length >= 2 && !/^(and|or|not|near)$/i.test(word);
      })
      .slice(0, 12)
      .map(function (word) {
        return (word.length > 4 ? word.replace(/(ies|es|s|ed|ing|y|e)$/i, '') : word) + '[\\p{L}\\p{N}]*';
      });
    return words.length ? new RegExp('(?<![\\p{L}\\p{N}])(' + words.join('|') + ')', 'giu') : null;
  }

  function quoteNode(text, pattern) {
    var node = el('blockquote', 'quote');
    if (!pattern) {
      node.textContent = text;
      return node;
    }
    String(text)
      .split(pattern)
      .forEach(function (piece, index) {
        node.appendChild(index % 2 === 1 ? el('mark', 'hit', piece) : document.createTextNode(piece));
      });
    return node;
  }

  function sameOutlet(venue, outlet) {
    if (!outlet) return false;
    var normal = function (value) {
      return value
        .toLowerCase()
        .replace(/^the\s+/, '')
        .trim();
    };
    return normal(venue) === normal(outlet);
  }

  function renderItem(s, pattern) {
    var kind = s.kind === 'indirect' || s.kind === 'mixed' ? s.kind : 'direct';
    var li = el('li', 'result kind-' + kind);
    li.appendChild(quoteNode((s.quote && s.quote.text) || '', pattern));
    var meta = el('p', 'meta');
    var name = (s.speaker && s.speaker.name) || 'unknown';
    meta.appendChild(
      s.personId
        ? link('speaker', '/people/' + encodeURIComponent(s.personId), name)
        : el('span', 'speaker', name),
    );
    if (s.speaker && s.speaker.title) meta.appendChild(el('span', 'title', s.speaker.title));
    var said = el('span', 'said', formatSaidOn(s.saidOn, s.published));
    if (s.saidOn && s.saidOn.text) said.title = s.saidOn.text;
    meta.appendChild(said);
    if (s.venue && s.venue.text && !sameOutlet(s.venue.text, s.outlet))
      meta.appendChild(el('span', 'venue', s.venue.text));
    if (s.outlet) meta.appendChild(el('span', 'outlet', s.outlet));
    meta.appendChild(el('span', 'kind', s.kind));
    var href = '/articles/' + encodeURIComponent(s.articleId) + '#s-' + encodeURIComponent(s.id);
    meta.appendChild(link('source', href, s.articleTitle || 'article of ' + formatDate(s.published)));
    li.appendChild(meta);
    return li;
  }

  function params(cursor) {
    var out = new URLSearchParams();
    var data = new FormData(form);
    data.forEach(function (value, key) {
      var text = String(value).trim();
      if (text) out.set(key, text);
    });
    if (cursor) out.set('cursor', cursor);
    return out;
  }

  function setMore(cursor) {
    nextCursor = cursor;
    if (!more) return;
    more.parentElement.hidden = !cursor;
  }

  function run(append) {
    if (controller) controller.abort();
    controller = new AbortController();
    var mine = ++generation;
    var query = params(append ? nextCursor : null);
    var pageQuery = new URLSearchParams(query);
    pageQuery.delete('cursor');
    if (!append) history.replaceState(null, '', '/' + (pageQuery.toString() ? '?' + pageQuery : ''));
    query.set('limit', String(PAGE));
    status.textContent = 'Searching…';
    form.setAttribute('aria-busy', 'true');
    fetch('/api/statements?' + query.toString(), {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw new Error((body && body.error && body.error.message) || 'search failed');
          return body;
        });
      })
      .then(function (page) {
        if (mine !== generation) return;
        if (!append) list.replaceChildren();
        var empty = document.getElementById('empty');
        if (empty) empty.remove();
        var pattern = termPattern(query.get('q'));
        page.items.forEach(function (item) {
          list.appendChild(renderItem(item, pattern));
        });
        var shown = list.children.length;
        var total = typeof page.total === 'number' ? page.total : null;
        status.textContent =
          (total !== null ? total.toLocaleString('en-US') : shown + (page.nextCursor ? '+' : '')) +
          ((total !== null ? total : shown) === 1 ? ' statement' : ' statements') +
          (shown === 0 ? ': none matches. Try fewer words or fewer filters.' : '');
        setMore(page.nextCursor);
      })
      .catch(function (error) {
        if (error && error.name === 'AbortError') return;
        status.textContent = 'Search failed: ' + (error && error.message ? error.message : 'network error');
      })
      .finally(function () {
        if (mine === generation) form.removeAttribute('aria-busy');
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(false);
    }, 180);
  }

  // Speaker names for the filter's suggestions, fetched once on first use rather than with every page.
  var speaker = document.getElementById('speaker');
  var names = document.getElementById('speaker-names');
  if (speaker && names) {
    speaker.addEventListener(
      'focus',
      function () {
        fetch('/api/people?limit=200', { headers: { Accept: 'application/json' } })
          .then(function (response) {
            return response.ok ? response.json() : { items: [] };
          })
          .then(function (page) {
            page.items.forEach(function (person) {
              var option = document.createElement('option');
              option.value = person.name;
              names.appendChild(option);
            });
          })
          .catch(function () {});
      },
      { once: true },
    );
  }

  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(false);
  });
  if (more) {
    nextCursor = new URL(more.href, location.href).searchParams.get('cursor');
    more.addEventListener('click', function (event) {
      if (!nextCursor) return;
      event.preventDefault();
      run(true);
    });
  }
})();
