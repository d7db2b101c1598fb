/**
 * A deterministic SVG chart of median wall time against N (log–log), one line per Dossier format,
 * per Pandoc format and per floor. No dependencies, no clock, no randomness: the same results give
 * the same bytes.
 */
const SERIES = [
  {key: 'json', label: 'dossier json', color: '#1f77b4', get: (e) => e.dossier.json},
  {key: 'html', label: 'dossier html', color: '#2ca02c', get: (e) => e.dossier.html},
  {key: 'epub', label: 'dossier epub', color: '#9467bd', get: (e) => e.dossier.epub},
  {key: 'pdf', label: 'dossier pdf', color: '#d62728', get: (e) => e.dossier.pdf},
  {key: 'all', label: 'dossier all four', color: '#111111', get: (e) => e.dossier.all, width: 3},
  {key: 'pandoc-html', label: 'pandoc html (per doc)', color: '#2ca02c', get: (e) => e.pandoc?.html, dash: '6 4'},
  {key: 'pandoc-epub', label: 'pandoc epub (per doc)', color: '#9467bd', get: (e) => e.pandoc?.epub, dash: '6 4'},
  {key: 'floor-pdf', label: 'floor: pdfkit plain text', color: '#d62728', get: (e) => e.floors?.pdf, dash: '2 3'},
  {key: 'floor-epub', label: 'floor: JSZip same bytes', color: '#9467bd', get: (e) => e.floors?.epub, dash: '2 3'}
]

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3))

export function renderChart(results) {
  const W = 760
  const H = 460
  const m = {l: 70, r: 230, t: 40, b: 50}
  const pw = W - m.l - m.r
  const ph = H - m.t - m.b
  const sizes = results.sizes.map((e) => e.n)
  const points = SERIES.map((s) => ({
    ...s,
    pts: results.sizes.map((e) => ({n: e.n, t: s.get(e)?.wall})).filter((p) => typeof p.t === 'number' && p.t > 0)
  })).filter((s) => s.pts.length > 0)
  const all = points.flatMap((s) => s.pts.map((p) => p.t))
  const lo = Math.log10(Math.min(...all, 1) * 0.8)
  const hi = Math.log10(Math.max(...all, 1) * 1.25)
  const nlo = Math.log10(Math.min(...sizes))
  const nhi = Math.log10(Math.max(...sizes))
  const x = (n) => m.l + (nhi === nlo ? pw / 2 : ((Math.log10(n) - nlo) / (nhi - nlo)) * pw)
  const y = (t) => m.t + ph - ((Math.log10(t) - lo) / (hi - lo)) * ph
  const out = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`
  )
  out.push(`<title>Dossier benchmark ${esc(results.date)}: median wall time against N</title>`)
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`)
  out.push(
    `<text x="${m.l}" y="22" font-size="15" font-weight="bold">Cold build wall time (s, log) against sources N (log), ${esc(results.date)}</text>`
  )
  // Y grid at decades and 2×/5×.
  for (let d = Math.floor(lo); d <= Math.ceil(hi); d++) {
    for (const k of [1, 2, 5]) {
      const t = k * 10 ** d
      if (Math.log10(t) < lo || Math.log10(t) > hi) continue
      const yy = y(t).toFixed(1)
      out.push(`<line x1="${m.l}" x2="${m.l + pw}" y1="${yy}" y2="${yy}" stroke="${k === 1 ? '#cccccc' : '#eeeeee'}"/>`)
      out.push(
        `<text x="${m.l - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle" fill="#555">${fmt(t)}</text>`
      )
    }
  }
  for (const n of sizes) {
    const xx = x(n).toFixed(1)
    out.push(`<line x1="${xx}" x2="${xx}" y1="${m.t}" y2="${m.t + ph}" stroke="#e5e5e5"/>`)
    out.push(`<text x="${xx}" y="${m.t + ph + 18}" text-anchor="middle" fill="#555">N = ${n}</text>`)
  }
  out.push(`<rect x="${m.l}" y="${m.t}" width="${pw}" height="${ph}" fill="none" stroke="#888"/>`)
  out.push(
    `<text x="${m.l + pw / 2}" y="${H - 10}" text-anchor="middle" fill="#333">sources (seeded synthetic interviews, 2,000–12,000 words each)</text>`
  )
  out.push(
    `<text transform="translate(18 ${m.t + ph / 2}) rotate(-90)" text-anchor="middle" fill="#333">median wall time, seconds</text>`
  )
  for (const s of points) {
    const d = s.pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.n).toFixed(1)} ${y(p.t).toFixed(1)}`).join(' ')
    out.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width ?? 2}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`
    )
    for (const p of s.pts)
      out.push(
        `<circle cx="${x(p.n).toFixed(1)}" cy="${y(p.t).toFixed(1)}" r="3" fill="${s.color}"><title>${esc(s.label)}, N=${p.n}: ${fmt(p.t)} s</title></circle>`
      )
  }
  points.forEach((s, i) => {
    const yy = m.t + 10 + i * 22
    const xx = m.l + pw + 16
    out.push(
      `<line x1="${xx}" x2="${xx + 28}" y1="${yy}" y2="${yy}" stroke="${s.color}" stroke-width="${s.width ?? 2}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`
    )
    out.push(`<text x="${xx + 34}" y="${yy}" dominant-baseline="middle">${esc(s.label)}</text>`)
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
