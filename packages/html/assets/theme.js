// Applies the remembered theme and text size before first paint. A file, not an inline script,
// so the Content Security Policy can forbid inline scripts entirely.
;(() => {
  var root = document.documentElement
  root.classList.add('js')
  try {
    var theme = localStorage.getItem('dossier-theme')
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme)
    var size = Number(localStorage.getItem('dossier-size'))
    if (size >= -2 && size <= 3 && size !== 0) root.setAttribute('data-size', String(size))
  } catch (_error) {
    // Storage can be disabled; the defaults then apply.
  }
})()
