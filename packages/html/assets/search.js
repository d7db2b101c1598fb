// The search page. MiniSearch and the index are classic scripts loaded on demand (they work from
// file://, where fetch and modules do not), after first paint. The index's loader script carries the
// rules it was built with (window.dossierSearchRules: the folding ranges of src/lib/fold.ts and the
// tokenizer's patterns of src/lib/tokenize.ts), so only the small generic functions below live
// here; foldWith must do what fold.ts's foldWith does (a test runs both on every script we publish).
// The loader also names the index's shards (window.dossierSearchShards.files, see
// src/lib/search-index.ts); each is a MiniSearch index of its own, all are queried and their hits
// merged by score, ties in the collection's order (window.dossierSearchShards.ids).
// A result's excerpt is cut from its publication's text script (search/<id>.js, loaded for the
// results shown), around the words that matched, which are marked.
;(() => {
  function foldTableOf(ranges) {
    var table = new Map()
    ranges.forEach((range) => {
      for (var code = range[0]; code <= range[1]; code++) table.set(String.fromCodePoint(code), range[2])
    })
    return table
  }
  function foldWith(table, term) {
    var folded = ''
    for (var character of term.normalize('NFKD').toLowerCase()) {
      var to = table.get(character)
      folded += to === undefined ? character : to
    }
    folded = folded.normalize('NFC')
    return folded.length > 0 ? folded : null
  }

  var rules = null
  var fold = null
  var split = null
  var unspaced = null
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter('und', {granularity: 'word'}) : null

  function useRules(given) {
    rules = given
    var table = foldTableOf(rules.fold)
    fold = (term) => foldWith(table, term)
    split = new RegExp(rules.split, 'gu')
    unspaced = new RegExp(rules.unspaced, 'u')
  }

  // The words of a text with their places: split on spaces and punctuation, then Chinese, Japanese,
  // Thai… runs into words by Intl.Segmenter, as src/lib/tokenize.ts does.
  function wordsOf(text) {
    var words = []
    function piece(start, end) {
      if (start === end) return
      var part = text.slice(start, end)
      if (!segmenter || !unspaced.test(part)) {
        words.push({start: start, end: end})
        return
      }
      for (var segment of segmenter.segment(part))
        if (segment.isWordLike)
          words.push({start: start + segment.index, end: start + segment.index + segment.segment.length})
    }
    var at = 0
    for (var match of text.matchAll(split)) {
      piece(at, match.index)
      at = match.index + match[0].length
    }
    piece(at, text.length)
    return words
  }
  function tokenize(text) {
    return wordsOf(text).map((word) => text.slice(word.start, word.end))
  }

  // The text cut to about `length` characters around the matched words (`terms`, folded), as
  // pieces [text, marked]; the window that holds the most different matched words wins, and it
  // starts a few words before the first of them. Without `length`, the whole text.
  function excerpt(text, terms, length) {
    var words = wordsOf(text)
    var matched = words.filter((word) => {
      word.term = fold(text.slice(word.start, word.end))
      return terms.has(word.term)
    })
    var from = 0
    var to = text.length
    if (length && text.length > length) {
      var best = null
      var bestCount = 0
      matched.forEach((word) => {
        var seen = new Set()
        matched.forEach((other) => {
          if (other.start >= word.start && other.end <= word.start + length * 0.7) seen.add(other.term)
        })
        if (seen.size > bestCount) {
          best = word
          bestCount = seen.size
        }
      })
      var first = words.find((word) => !best || word.end > best.start - length * 0.3)
      from = first && first !== words[0] ? first.start : 0
      var last = null
      words.forEach((word) => {
        if (word.end <= from + length) last = word
      })
      to = last && last !== words[words.length - 1] ? last.end : text.length
      if (to <= from) to = Math.min(text.length, from + length)
    }
    var pieces = []
    var at = from
    matched.forEach((word) => {
      if (word.start < from || word.end > to) return
      if (word.start > at) pieces.push([text.slice(at, word.start), false])
      pieces.push([text.slice(word.start, word.end), true])
      at = word.end
    })
    if (at < to) pieces.push([text.slice(at, to), false])
    pieces.forEach((piece) => {
      piece[0] = piece[0].replace(/\s+/g, ' ')
    })
    if (from > 0) pieces.unshift(['… ', false])
    if (to < text.length) pieces.push([' …', false])
    return pieces
  }

  window.dossierSearchTools = {foldTableOf: foldTableOf, foldWith: foldWith, useRules: useRules, excerpt: excerpt}

  var form = document.querySelector('.search-page-form')
  var input = document.getElementById('q')
  var status = document.getElementById('search-status')
  var results = document.getElementById('results')
  var shards = null
  var ranks = null
  var loading = null
  var texts = new Map()
  var shown = 0

  function load(src) {
    return new Promise((resolve, reject) => {
      var script = document.createElement('script')
      script.src = src
      script.onload = resolve
      script.onerror = () => {
        reject(src)
      }
      document.head.appendChild(script)
    })
  }

  // MiniSearch, the loader, then every shard (their scripts load side by side; each one puts its
  // index at its own place in window.dossierSearch), each loaded into a MiniSearch of its own. Rejects
  // with the name of the first file that failed.
  function ready() {
    if (!loading) {
      loading = load('assets/minisearch.js')
        .then(() => load('assets/search-index.js'))
        .then(() => {
          var listed = window.dossierSearchShards
          if (!window.dossierSearchRules || !listed) throw 'assets/search-index.js'
          useRules(window.dossierSearchRules)
          ranks = new Map(listed.ids.map((id, rank) => [id, rank]))
          return Promise.all(listed.files.map((file) => load(file))).then(() => listed.files)
        })
        .then((files) => {
          var loaded = window.dossierSearch || []
          shards = files.map((file, shard) => {
            try {
              return window.MiniSearch.loadJSON(loaded[shard], {
                fields: ['heading', 'text', 'title'],
                storeFields: ['url', 'title', 'heading', 'lang', 'dir'],
                processTerm: fold,
                tokenize: tokenize
              })
            } catch (_error) {
              throw file
            } finally {
              // The JSON text is not needed once its index is built.
              loaded[shard] = null
            }
          })
          return shards
        })
    }
    return loading
  }

  // The hits of every shard, best first: by score, then by their publication's place in the
  // collection, then as their shard ordered them. Scores are each shard's own (BM25 over its
  // documents), so they compare across shards only roughly.
  function search(query) {
    var options = {prefix: true, fuzzy: 0.15, boost: {heading: 2}, combineWith: 'AND'}
    var hits = []
    shards.forEach((shard) => {
      shard.search(query, options).forEach((hit, place) => {
        var rank = ranks.get(String(hit.id).split('#')[0])
        hits.push({hit: hit, rank: rank === undefined ? ranks.size : rank, place: place})
      })
    })
    hits.sort((a, b) => b.hit.score - a.hit.score || a.rank - b.rank || a.place - b.place)
    return hits.map((entry) => entry.hit)
  }

  // One publication's texts, by document id; loaded once.
  function textsOf(id) {
    if (!texts.has(id))
      texts.set(
        id,
        load(`search/${encodeURIComponent(id)}.js`).then(() => window.dossierSearchTexts?.[id] || {})
      )
    return texts.get(id)
  }

  function marked(element, pieces) {
    pieces.forEach((piece) => {
      if (!piece[1]) {
        element.appendChild(document.createTextNode(piece[0]))
        return
      }
      var mark = document.createElement('mark')
      mark.textContent = piece[0]
      element.appendChild(mark)
    })
  }

  // A message of the status line, from the page's data attributes, in its own language.
  function say(name, values, template) {
    var data = status.dataset
    status.textContent = (template || data[name]).replace(/\{(\w+)\}/g, (whole, key) =>
      key in values ? values[key] : whole
    )
    if (data[`${name}Lang`]) status.lang = data[`${name}Lang`]
    else status.removeAttribute('lang')
    if (data[`${name}Dir`]) status.dir = data[`${name}Dir`]
    else status.removeAttribute('dir')
  }
  function sayCount(count, query) {
    var data = status.dataset
    var category = new Intl.PluralRules(data.resultsLang || document.documentElement.lang || 'en').select(count)
    var key = `results${category[0].toUpperCase()}${category.slice(1)}`
    say('results', {count: count, query: query}, data[key] || data.resultsOther)
  }

  function show(query) {
    results.textContent = ''
    var run = ++shown
    if (!query.trim()) {
      status.textContent = ''
      return
    }
    var hits = search(query).slice(0, 50)
    if (hits.length === 0) say('nothing', {query: query})
    else sayCount(hits.length, query)
    hits.forEach((hit) => {
      var terms = new Set(hit.terms)
      var item = document.createElement('li')
      // Each result is shown in its publication's language and direction.
      if (hit.lang) item.lang = hit.lang
      if (hit.dir) item.dir = hit.dir
      var link = document.createElement('a')
      link.href = hit.url
      marked(link, excerpt(hit.heading, terms))
      var quote = document.createElement('p')
      quote.className = 'excerpt'
      var from = document.createElement('p')
      from.className = 'from'
      from.textContent = hit.title
      item.appendChild(link)
      item.appendChild(quote)
      item.appendChild(from)
      results.appendChild(item)
      var id = String(hit.id).split('#')[0]
      textsOf(id).then(
        (byDocument) => {
          var text = byDocument[hit.id]
          if (run !== shown) return
          if (text) marked(quote, excerpt(text, terms, 220))
          else quote.remove()
        },
        () => {
          // Without its text script a result still shows its heading and title.
          quote.remove()
        }
      )
    })
  }

  function run() {
    var query = input.value
    ready().then(
      () => {
        show(query)
      },
      (file) => {
        say('failed', {file: typeof file === 'string' ? file : 'assets/search-index.js'})
      }
    )
  }

  if (!form) return
  form.hidden = false
  var timer = 0
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, 150)
  })
  input.addEventListener('focus', ready, {once: true})
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    try {
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`)
    } catch (_error) {
      // Some browsers refuse history changes on file:// pages; the results still show.
    }
    run()
  })

  var initial = new URLSearchParams(location.search).get('q')
  if (initial) {
    input.value = initial
    run()
  } else {
    input.focus()
  }
})()
