import type {Lexicon} from '../types.js'

/**
 * Input words in Ukrainian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['опублікував', 'опублікувала', 'автор публікації'],
  noComments: ['немає коментарів', 'коментарів немає'],
  commentForm: [
    'ваша e-mail адреса не оприлюднюватиметься',
    'ваша адреса email не буде опублікована',
    "обов'язкові поля позначені",
    'обов’язкові поля позначені',
    'залишити відповідь',
    'залишити коментар',
    'скасувати відповідь',
    'опублікувати коментар',
    'додати коментар'
  ],
  nextPage: ['наступна сторінка'],
  readOn: ['читати далі', 'читати повністю', 'читайте далі'],
  login: ['увійти', 'вхід', 'реєстрація', 'зареєструватися'],
  skipTo: [
    'перейти до вмісту',
    'перейти до змісту',
    'перейти до основного вмісту',
    'перейти до головного меню',
    'перейти до меню'
  ],
  outletNoun: ['радіо', 'газета', 'агентство'],
  sourceLabel: ['джерело'],
  reporterWord: ['кореспондент'],
  mastheadWord: ['радіо', 'газета', 'агентство'],
  pressConference: ['пресконференція', 'брифінг'],
  writerLabel: ['автор'],
  interviewerLabel: ['розмовляв', 'розмовляла'],
  questionPrefix: ['питання'],
  answerPrefix: ['відповідь'],
  interviewCue: ["інтерв'ю", 'інтерв’ю', 'інтервʼю', 'розмова'],
  askingRole: ['журналіст', 'журналістка', 'ведучий', 'ведуча', 'кореспондент'],
  roleLabel: ['журналіст', 'журналістка', 'ведучий', 'ведуча', 'кореспондент'],
  answeringRole: ['речник', 'міністр', 'посол'],
  closingThanks: ['дякую', 'дякую вам', 'дякуємо'],
  greeting: ['добрий день', 'добрий вечір', 'вітаю'],
  related: ['по темі'],
  alsoRead: ['читайте також'],
  share: ['поділитися'],
  published: ['опубліковано'],
  updated: ['оновлено'],
  home: ['головна'],
  commentsPrompt: ['коментарі']
} as const satisfies Lexicon
