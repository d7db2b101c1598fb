/**
 * A blog's comment form and counters are printed by its software in the blog's language
 * (WordPress: "Your email address will not be published.", "Leave a Reply"; Blogger: "Posted by X
 * at 10:12 PM No comments:"): they are removed with a reason in every language the packs list, a
 * Blogger byline names its author in a script without case too, and that byline under the last
 * paragraph makes no standfirst of the first. Every word here is invented.
 */
import {describe, expect, it} from 'vitest'
import {readPage} from './support/read-page.js'

/** The removed lines whose rule starts with `rule` ("chrome/comment" covers the prompt and the form). */
const removedBy = (page: string[], rule: string) =>
  readPage(page)
    .removed.filter((entry) => entry.rule.startsWith(rule))
    .map((entry) => entry.text)

describe('comment forms and counters', () => {
  it.each([
    [
      'fr',
      [
        'Le marché couvert rouvre ses portes',
        "Après deux ans de travaux, le marché couvert de la place Vauban rouvre samedi avec trente-deux étals, dont huit tenus par des producteurs de la vallée qui n'y avaient jamais vendu.",
        'Laisser un commentaire',
        'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
        'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.'
      ]
    ],
    [
      'fa',
      [
        'بازار سرپوشیده دوباره باز می‌شود',
        'پس از دو سال تعمیر، بازار سرپوشیده میدان شهر روز شنبه با سی و دو غرفه دوباره باز می‌شود و هشت غرفه آن به کشاورزان دره رسیده است که پیش از این هرگز در آنجا نفروخته بودند.',
        'دیدگاهتان را بنویسید',
        'نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *',
        'ذخیره نام، ایمیل و وبسایت من در مرورگر برای زمانی که دوباره دیدگاهی می‌نویسم.'
      ]
    ],
    [
      'ru',
      [
        'Крытый рынок снова открыт',
        'После двух лет ремонта крытый рынок на площади откроется в субботу: тридцать два прилавка, восемь из них займут фермеры из долины, которые никогда раньше там не торговали.',
        'Добавить комментарий',
        'Ваш адрес email не будет опубликован. Обязательные поля помечены *',
        'Отправить комментарий'
      ]
    ]
  ])('%s: the comment form is removed as comment chrome', (_lang, page) => {
    expect(removedBy(page, 'chrome/comment')).toEqual(page.slice(2))
  })

  it('a counter saying no one commented is removed, in Spanish and Korean', () => {
    const page = [
      'La feria del libro',
      'La feria del libro de la ciudad abrió ayer con ciento veinte casetas y una lectura pública que duró toda la tarde.'
    ]
    expect(removedBy([...page, 'No hay comentarios:'], 'chrome/comments')).toEqual(['No hay comentarios:'])
    expect(removedBy([...page, '댓글 첫 댓글을 작성해보세요'], 'chrome/comments')).toEqual([
      '댓글 첫 댓글을 작성해보세요'
    ])
  })

  it("Blogger's share bar is removed in the blog's language (Hindi, French)", () => {
    const page = [
      'La feria del libro',
      'La feria del libro de la ciudad abrió ayer con ciento veinte casetas y una lectura pública que duró toda la tarde.'
    ]
    const hindi = 'इसे ईमेल करेंब्लॉग करें! X पर शेयर करेंFacebook पर शेयर करेंPinterest पर शेयर करें'
    const french = 'Envoyer par e-mailBlogThis!Partager sur XPartager sur FacebookPartager sur Pinterest'
    expect(removedBy([...page, hindi], 'chrome/share')).toEqual([hindi])
    expect(removedBy([...page, french], 'chrome/share')).toEqual([french])
  })

  it("a blog's categories line is removed (English, Indonesian); a provenance sentence is not", () => {
    const page = [
      'La feria del libro',
      'La feria del libro de la ciudad abrió ayer con ciento veinte casetas y una lectura pública que duró toda la tarde.'
    ]
    const english = 'Posted in Books, Events | Tagged fair | Leave a Comment »'
    const indonesian = 'Ditulis dalam Uncategorized | 3 Komentar'
    expect(removedBy([...page, english], 'chrome/tags')).toEqual([english])
    expect(removedBy([...page, indonesian], 'chrome/tags')).toEqual([indonesian])
    expect(removedBy([...page, 'Publicado en El Diario del Sur el 3 de mayo de 2021.'], 'chrome/')).toEqual([])
  })

  it('a Blogger byline in Bengali names its author, its comment counter aside', () => {
    const publication = readPage([
      'নদীর ধারে নতুন বাজার',
      'দুই বছরের কাজের পর নদীর ধারের ঢাকা বাজার শনিবার আবার খুলছে। বত্রিশটি দোকানের আটটি পেয়েছেন উপত্যকার কৃষকেরা।',
      'Posted by তানিয়া মোর্শেদ at 10:12 PM No comments:'
    ])
    expect(publication.people.filter((p) => p.role === 'author').map((p) => p.name)).toEqual(['তানিয়া মোর্শেদ'])
  })

  it('a blog byline under the last paragraph makes no standfirst of the first', () => {
    const publication = readPage([
      'Warum ich den Rasen nicht mehr mähe',
      'Seit zwei Jahren steht der Mäher im Schuppen. Anfangs aus Bequemlichkeit, inzwischen aus Überzeugung: zwischen den Halmen summt es wieder, und der Boden bleibt im Sommer feucht.',
      'Im Herbst schneide ich einmal, Ende September, und lasse das Schnittgut liegen. Im Frühjahr ist davon nichts mehr zu sehen, und die ersten Blumen kommen früher als früher.',
      'Eingestellt von Wiesenfreund um 19:42'
    ])
    expect(publication.subtitle ?? null).toBeNull()
    expect(publication.people.map((p) => [p.name, p.role])).toEqual([['Wiesenfreund', 'author']])
  })
})
