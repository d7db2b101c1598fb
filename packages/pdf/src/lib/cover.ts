/**
 * The cover: a band with the kicker ("Briefing") and the title, then the edition date, what the
 * briefing covers and the collection's description; publisher and rights at the foot. No furniture.
 */
import {artifact, heightOf, textParagraph} from './flow.js'
import {type Phrase, phraseOptions} from './phrase.js'
import {accent, margins, styles, type State} from './state.js'

/** What the cover says. */
export interface Cover {
  kicker: Phrase
  title: string
  subtitle: string | null
  /** Short lines under the band: edition date, counts (the briefing); byline, date and outlet, length (a publication). */
  facts: Phrase[]
  description: string
  footer: string[]
}

/** Add the cover page. */
export function renderCover(state: State, cover: Cover): void {
  const {doc} = state
  state.runningHeader = undefined
  doc.addPage()
  const kickerStyle = {...styles.label, size: 11, color: '#e8b04b'}
  const titleStyle = {...styles.h1, size: 28, lineGap: 4, color: '#ffffff'}
  const subtitleStyle = {...styles.h3, size: 13, color: '#dfe7ef'}
  const top = doc.page.height * 0.13
  // The band grows with a long title or subtitle so the text never runs out of it.
  const textHeight =
    heightOf(state, cover.kicker.text, kickerStyle, state.width, cover.kicker.dir) +
    10 +
    heightOf(state, cover.title, titleStyle, state.width) +
    (cover.subtitle ? 6 + heightOf(state, cover.subtitle, subtitleStyle, state.width) : 0)
  const band = Math.max(doc.page.height * 0.42, top + textHeight + 48)
  artifact(
    state,
    () => {
      doc.save().rect(0, 0, doc.page.width, band).fill(accent).restore()
      doc
        .save()
        .rect(margins.left, top - 22, 56, 3)
        .fill('#e8b04b')
        .restore()
    },
    'Layout'
  )
  const section = doc.struct('Sect')
  state.root.add(section)
  doc.y = top
  textParagraph(state, section, 'P', cover.kicker.text.toUpperCase(), kickerStyle, phraseOptions(cover.kicker))
  doc.y += 10
  textParagraph(state, section, 'H1', cover.title, titleStyle)
  if (cover.subtitle) {
    doc.y += 6
    textParagraph(state, section, 'P', cover.subtitle, subtitleStyle)
  }
  doc.y = band + 36
  for (const fact of cover.facts)
    textParagraph(
      state,
      section,
      'P',
      fact.text,
      {...styles.h3, size: 12, color: '#14283c', lineGap: 5},
      phraseOptions(fact)
    )
  if (cover.description) {
    doc.y += 18
    textParagraph(state, section, 'P', cover.description, {...styles.body, size: 11.5, lineGap: 4.5, color: '#333333'})
  }
  // The footer lines sit at the foot of the page (inside the bottom margin, which is set to 0 meanwhile).
  const foot = cover.footer.join('\n')
  doc.font(styles.small.face).fontSize(styles.small.size)
  const height =
    doc.heightOfString(foot, {width: state.width, lineGap: styles.small.lineGap}) + (cover.footer.length - 1) * 4
  const bottom = doc.page.margins.bottom
  doc.page.margins.bottom = 0
  doc.y = doc.page.height - 48 - height
  for (const line of cover.footer) {
    textParagraph(state, section, 'P', line, styles.small, {keepTogether: true})
    doc.y += 4
  }
  doc.page.margins.bottom = bottom
  section.end()
}
