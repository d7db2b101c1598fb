import type {Lexicon} from '../types.js'

/**
 * Input words in Russian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  skipTo: ['перейти к содержимому'],
  followUs: ['подписывайтесь на нас'],
  loadMore: ['загрузить ещё', 'загрузить еще', 'показать ещё', 'показать еще'],
  related: ['читайте также', 'по теме'],
  alsoRead: ['читайте также', 'см. также', 'см также', 'по теме'],
  readOn: ['читать далее'],
  share: ['поделиться'],
  siteLists: ['самое читаемое', 'популярное'],
  login: ['войти'],
  sitePage: ['о нас', 'контакты'],
  search: ['поиск'],
  archive: ['архив'],
  home: ['главная'],
  commentsPrompt: ['комментари', 'комментарии', 'комментариев', 'оставить комментарий'],
  commentWord: ['комментарий', 'комментарии', 'комментарие', 'комментария'],
  postLabels: ['теги'],
  adLabel: ['реклама'],
  photo: ['фото'],
  minuteUnit: ['мин', 'мин.', 'минут', 'минут.'],
  durationUnit: ['минут', 'минута', 'минуты'],
  readingTime: ['чтения'],
  published: ['опубликовано', 'дата публикации'],
  updated: ['обновлено'],
  languageName: ['русский'],
  player: ['слушать', 'смотреть'],
  honorific: ['директор', 'министр', 'посол', 'президент'],
  interviewerLead: ['беседовал', 'беседовала', 'беседовали', 'интервью взял', 'интервью взяла', 'интервью взяли'],
  newsroom: ['дежурн', 'редакция'],
  speakerWord: ['спикер', 'говорящий'],
  questionPrefix: ['в', 'вопрос'],
  answerPrefix: ['о', 'ответ'],
  questionNumberLead: ['вопрос'],
  interviewCue: ['интервью', 'беседа'],
  firstPublishedIn: ['впервые опубликовано в'],
  publicationNoun: ['журнале', 'газете'],
  askingRole: ['ведущий', 'ведущая', 'корреспондент', 'журналист', 'интервьюер']
} as const satisfies Lexicon
