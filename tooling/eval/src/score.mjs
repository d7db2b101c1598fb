/**
 * The realworld scorer (../shared/realworld/score.mjs, written by the corpus's editors) as a
 * function, so `pnpm eval` can count every expectation by field, not only the failures. The
 * checks below are that script's, copied verbatim; `eval.mjs` runs the original beside it on the
 * same dataset and stops if the two totals differ.
 *
 * `scoreRecords(expected, records)` → `[{file, rows: [{name, field, ok, want, got}]}]`, where
 * `expected` maps a source file name to its expectations and `records` are dataset records
 * (`publications.json`'s `publications`).
 */

// Typography and spacing are not structure: compare with straight quotes, plain hyphens, single spaces, NFC.
const norm = (s) =>
  s == null
    ? null
    : String(s)
        .normalize('NFC')
        .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
        .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
        .replace(/[\u2010-\u2015\u2212]/g, '-')
        .replace(/\u2026/g, '...')
        .replace(/\s+/g, ' ')
        .trim()
const show = (v, n = 110) => {
  const s = JSON.stringify(v)
  return s && s.length > n ? `${s.slice(0, n)}…` : s
}
const contentOf = (p) =>
  [
    p.title ?? '',
    p.subtitle ?? '',
    ...(p.intro ?? []),
    ...(p.body ?? []),
    ...(p.about ?? []),
    ...(p.notes ?? []),
    ...(p.qa ?? []).flatMap((q) => [q.question, ...(q.answer ?? [])])
  ].join('\n')

/** The field an expectation row belongs to, from its name (the scorer's own wording). */
export function fieldOf(name) {
  const rules = [
    [/^published$/, 'published'],
    [/^kind$/, 'kind'],
    [/^number of questions$/, 'questions'],
    [/^question \d+ starts$/, 'questions'],
    [/^title/, 'title'],
    [/^subtitle$/, 'subtitle'],
    [/^date$/, 'date'],
    [/^language$/, 'language'],
    [/^person |^people:/, 'people'],
    [/^outlet|^outlets:/, 'outlets'],
    [/^chrome removed/, 'chrome'],
    [/^answer \d+ paragraphs$/, 'answers'],
    [/^label .* stripped/, 'labels'],
    [/^intro holds|^repeated lead/, 'intro'],
    [/^content keeps/, 'content'],
    [/^bio in about$/, 'about'],
    [/^notes hold/, 'notes'],
    [/not in body or intro$|^body /, 'body'],
    [/^truncation flag$/, 'truncated']
  ]
  for (const [re, field] of rules) if (re.test(name)) return field
  return 'other'
}

export function scoreRecords(expected, records) {
  const byFile = new Map(
    records.map((p) => [
      String(p.source?.path ?? '')
        .split('/')
        .pop(),
      p
    ])
  )
  const results = []
  for (const [file, e] of Object.entries(expected)) {
    if (file.startsWith('_')) continue
    const rows = []
    const add = (name, ok, want, got) => rows.push({name, ok: !!ok, want, got})
    const p = byFile.get(file)
    if (!p) {
      add('published', false, 'a publication', 'none (failed or missing)')
    } else {
      const qa = p.qa ?? []
      add('kind', p.kind === e.kind, e.kind, p.kind)
      if (e.kind === 'interview' && e.qa != null) add('number of questions', qa.length === e.qa, e.qa, qa.length)
      if (e.title == null) {
        const bad = (e.titleMustNot ?? []).filter((m) => norm(p.title ?? '').includes(norm(m)))
        add(
          'title is not chrome, a date or a question',
          bad.length === 0,
          `none of ${show(e.titleMustNot ?? [])}`,
          p.title
        )
      } else {
        add('title', [e.title, ...(e.titleAlt ?? [])].map(norm).includes(norm(p.title)), e.title, p.title)
      }
      if ('subtitle' in e) add('subtitle', norm(p.subtitle) === norm(e.subtitle), e.subtitle, p.subtitle)
      if ('date' in e) {
        const got = p.date?.value ?? null
        add('date', [e.date, ...(e.dateAlt ?? [])].includes(got), e.date, got)
      }
      if ('lang' in e) add('language', (p.lang ?? null) === e.lang, e.lang, p.lang ?? null)
      const people = (p.people ?? []).map((x) => [x.name, x.role])
      if ((e.people ?? []).length) {
        for (const [name, role] of e.people) {
          const key = (e.peopleMatch?.[name] ?? name).toLowerCase()
          add(
            `person ${name} (${role})`,
            people.some(([n, r]) => norm(n).toLowerCase().includes(norm(key)) && r === role),
            [name, role],
            people
          )
        }
      } else if ('people' in e) add('people: none named, none invented', people.length === 0, [], people)
      const outlets = (p.outlets ?? []).map((x) => [x.name, x.role])
      if ((e.outlets ?? []).length) {
        for (const o of e.outlets) {
          const [name, role] = Array.isArray(o) ? o : [o, null]
          add(
            `outlet ${name}${role ? ` (${role})` : ''}`,
            outlets.some(([n, r]) => norm(n).toLowerCase() === norm(name).toLowerCase() && (!role || r === role)),
            o,
            outlets
          )
        }
      } else if ('outlets' in e) add('outlets: none named, none invented', outlets.length === 0, [], outlets)
      for (const [n, start] of Object.entries(e.questionStarts ?? {})) {
        const got = qa[Number(n) - 1]?.question ?? null
        const starts = [start, ...(e.questionStartsAlt?.[n] ? [e.questionStartsAlt[n]] : [])]
        add(`question ${n} starts`, got != null && starts.some((s) => norm(got).startsWith(norm(s))), start, got)
      }
      const content = contentOf(p)
      for (const r of e.removed ?? []) {
        const present = content.includes(r) || norm(content).includes(norm(r))
        add(`chrome removed: "${r}"`, !present, 'absent from content', present ? 'present' : 'absent')
      }
      for (const [n, k] of Object.entries(e.answerParagraphs ?? {})) {
        const got = qa[Number(n) - 1]?.answer?.length ?? null
        add(`answer ${n} paragraphs`, got === k, k, got)
      }
      const qaText = qa.map((q) => [q.question, ...(q.answer ?? [])].join('\n')).join('\n')
      for (const x of e.qaExcludes ?? [])
        add(
          `label "${x}" stripped from questions and answers`,
          qa.length > 0 && !qaText.includes(x),
          'absent',
          qa.length ? (qaText.includes(x) ? 'present' : 'absent') : 'no questions found'
        )
      for (const x of e.introContains ?? [])
        add(
          `intro holds "${x}"`,
          (p.intro ?? []).some((i) => norm(i).includes(norm(x))),
          'in intro',
          'not in intro'
        )
      if ('introOnce' in e) {
        const count = norm(content).split(norm(e.introOnce)).length - 1
        add('repeated lead kept once', count === 1, 1, count)
      }
      for (const x of e.contentContains ?? [])
        add(`content keeps "${x}"`, norm(content).includes(norm(x)), 'present', 'missing')
      if ('aboutContains' in e)
        add(
          'bio in about',
          (p.about ?? []).some((a) => norm(a).includes(norm(e.aboutContains))),
          e.aboutContains,
          p.about
        )
      for (const x of e.notesContains ?? [])
        add(
          `notes hold "${x}"`,
          (p.notes ?? []).some((a) => norm(a).includes(norm(x))),
          'in notes',
          p.notes
        )
      for (const x of e.bodyExcludes ?? [])
        add(
          `"${x}" not in body or intro`,
          ![...(p.body ?? []), ...(p.intro ?? [])].some((b) => b.includes(x)),
          'absent',
          'present'
        )
      if ('bodyParagraphs' in e)
        add('body paragraphs', (p.body ?? []).length === e.bodyParagraphs, e.bodyParagraphs, (p.body ?? []).length)
      if ('bodyStarts' in e)
        add(
          'body starts with the first paragraph',
          norm((p.body ?? [])[0] ?? '').startsWith(norm(e.bodyStarts)),
          e.bodyStarts,
          (p.body ?? [])[0]?.slice(0, 90) ?? null
        )
      if ('truncated' in e) add('truncation flag', p.truncated === e.truncated, e.truncated, p.truncated)
    }
    results.push({file, rows: rows.map((r) => ({...r, field: fieldOf(r.name)}))})
  }
  return results
}
