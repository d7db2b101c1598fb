// The search page. MiniSearch and the index are classic scripts loaded on demand (they work from
// file://, where fetch and modules do not), after first paint. The index was built with the same
// options; foldTerm must match src/lib/fold.ts (a test checks it).
;(() => {
  var special = {ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i'}
  function foldTerm(term) {
    var folded = term
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[łøßæœđðþı]/g, (letter) => special[letter] || letter)
      .replace(/[’']/g, '')
      .replace(/[\u064B-\u065F\u0670\u0640\u200C]/g, '')
    return folded.length > 0 ? folded : null
  }
  window.dossierFoldTerm = foldTerm

  // Must match src/lib/tokenize.ts: Chinese, Japanese and Thai runs are segmented into words.
  var spaceOrPunctuation = /[\n\r\p{Z}\p{P}]+/u
  var unspaced =
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter('und', {granularity: 'word'}) : null
  function tokenize(text) {
    var words = []
    text.split(spaceOrPunctuation).forEach((piece) => {
      if (!piece) return
      if (!segmenter || !unspaced.test(piece)) {
        words.push(piece)
        return
      }
      for (var part of segmenter.segment(piece)) if (part.isWordLike) words.push(part.segment)
    })
    return words
  }
  window.dossierTokenize = tokenize

  var form = document.querySelector('.search-page-form')
  var input = document.getElementById('q')
  var status = document.getElementById('search-status')
  var results = document.getElementById('results')
  var index = null
  var loading = null

  function load(src) {
    return new Promise((resolve, reject) => {
      var script = document.createElement('script')
      script.src = src
      script.onload = resolve
      script.onerror = () => {
        reject(new Error(`could not load ${src}`))
      }
      document.head.appendChild(script)
    })
  }

  function ready() {
    if (!loading) {
      loading = load('assets/minisearch.js')
        .then(() => load('assets/search-index.js'))
        .then(() => {
          index = window.MiniSearch.loadJSON(window.dossierSearch, {
            fields: ['heading', 'text', 'title'],
            storeFields: ['url', 'title', 'heading', 'excerpt', 'lang', 'dir'],
            processTerm: foldTerm,
            tokenize: tokenize
          })
          return index
        })
    }
    return loading
  }

  function show(query) {
    results.textContent = ''
    if (!query.trim()) {
      status.textContent = ''
      return
    }
    var hits = index.search(query, {prefix: true, fuzzy: 0.15, boost: {heading: 2}, combineWith: 'AND'}).slice(0, 50)
    status.textContent =
      hits.length === 0
        ? `Nothing found for “${query}”.`
        : `${hits.length + (hits.length === 1 ? ' result' : ' results')} for “${query}”.`
    hits.forEach((hit) => {
      var item = document.createElement('li')
      // Each result is shown in its publication's language and direction.
      if (hit.lang) item.lang = hit.lang
      if (hit.dir) item.dir = hit.dir
      var link = document.createElement('a')
      link.href = hit.url
      link.textContent = hit.heading
      var excerpt = document.createElement('p')
      excerpt.className = 'excerpt'
      excerpt.textContent = hit.excerpt
      var from = document.createElement('p')
      from.className = 'from'
      from.textContent = hit.title
      item.appendChild(link)
      item.appendChild(excerpt)
      item.appendChild(from)
      results.appendChild(item)
    })
  }

  function run() {
    var query = input.value
    ready().then(
      () => {
        show(query)
      },
      (error) => {
        status.textContent = `Search could not start: ${error.message}`
      }
    )
  }

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
