// Progressive enhancement for every page: display controls, the collapsible table of contents
// and the cite buttons. The pages are complete without it; the controls stay hidden then.
;(() => {
  var root = document.documentElement
  var dark = window.matchMedia('(prefers-color-scheme: dark)')

  function remember(key, value) {
    try {
      if (value === null) localStorage.removeItem(key)
      else localStorage.setItem(key, value)
    } catch (_error) {
      // Private modes may refuse storage: the choice then lasts for this page only.
    }
  }

  function isDark() {
    var theme = root.getAttribute('data-theme')
    return theme ? theme === 'dark' : dark.matches
  }

  document.querySelectorAll('[data-js]').forEach((element) => {
    element.hidden = false
  })

  var toggle = document.querySelector('.theme-toggle')
  function showTheme() {
    if (toggle) toggle.setAttribute('aria-pressed', String(isDark()))
  }
  if (toggle) {
    toggle.addEventListener('click', () => {
      var next = isDark() ? 'light' : 'dark'
      root.setAttribute('data-theme', next)
      remember('dossier-theme', next)
      showTheme()
    })
  }
  dark.addEventListener('change', showTheme)
  showTheme()

  document.querySelectorAll('button.size').forEach((button) => {
    button.addEventListener('click', () => {
      var size = Number(root.getAttribute('data-size') || 0) + Number(button.getAttribute('data-step'))
      size = Math.max(-2, Math.min(3, size))
      if (size === 0) root.removeAttribute('data-size')
      else root.setAttribute('data-size', String(size))
      remember('dossier-size', size === 0 ? null : String(size))
    })
  })

  // On small screens the table of contents starts closed, so the text comes first.
  var toc = document.querySelector('.toc details')
  if (toc && window.matchMedia('(max-width: 48em)').matches && !location.hash) toc.open = false

  // Mark the question being read in the contents (a sidebar on wide screens).
  var tocLinks = {}
  document.querySelectorAll('.toc a[href^="#"]').forEach((link) => {
    tocLinks[link.getAttribute('href').slice(1)] = link
  })
  if ('IntersectionObserver' in window && Object.keys(tocLinks).length > 0) {
    var current = null
    var observer = new IntersectionObserver(
      (entries) => {
        entries.forEach((entry) => {
          if (!entry.isIntersecting) return
          var link = tocLinks[entry.target.id]
          if (!link || link === current) return
          if (current) current.removeAttribute('aria-current')
          link.setAttribute('aria-current', 'location')
          current = link
        })
      },
      {rootMargin: '0px 0px -70% 0px'}
    )
    document.querySelectorAll('h2.question').forEach((heading) => {
      observer.observe(heading)
    })
  }

  var status = document.createElement('p')
  status.className = 'toast'
  status.setAttribute('role', 'status')
  document.body.appendChild(status)
  var timer = 0
  function say(message, keep) {
    status.textContent = message
    status.classList.add('shown')
    clearTimeout(timer)
    if (!keep)
      timer = setTimeout(() => {
        status.classList.remove('shown')
      }, 4000)
  }

  var article = document.querySelector('article[data-citation]')
  document.querySelectorAll('button.cite').forEach((button) => {
    button.hidden = false
    button.addEventListener('click', () => {
      var base = article?.getAttribute('data-canonical') || location.href.split('#')[0].split('?')[0]
      // The question's place in English, as the citation is (core's citationOf), then its permalink.
      var citation = `${article.getAttribute('data-citation')} Question ${button.getAttribute('data-number')}: ${base}#${button.getAttribute('data-anchor')}`
      // The status words come from core's terms in the page's language ("{citation}" is filled in).
      var words = (name) => (article.getAttribute(name) || '{citation}').replace('{citation}', citation)
      var copied = navigator.clipboard?.writeText
        ? navigator.clipboard.writeText(citation)
        : Promise.reject(new Error('no clipboard'))
      copied.then(
        () => {
          say(words('data-copied'), false)
        },
        () => {
          say(words('data-copy'), true)
        }
      )
    })
  })

  // "/" focuses search (as on GitHub, MDN and mdBook), unless the reader is typing somewhere.
  var searchField = document.getElementById('q') || document.getElementById('site-search')
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !searchField) return
    var target = event.target
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return
    if (searchField.closest('[hidden]')) return
    event.preventDefault()
    searchField.focus()
    searchField.select()
  })
})()
