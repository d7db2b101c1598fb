import type {Lexicon} from '../types.js'

/**
 * Input words in Japanese, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['投稿者'],
  noComments: ['コメントはありません', 'コメントはまだありません'],
  commentForm: [
    'メールアドレスが公開されることはありません',
    'が付いている欄は必須項目です',
    '次回のコメントで使用するためブラウザーに',
    'コメントを残す',
    '返信をキャンセル',
    'コメントを送信',
    'コメントを書く'
  ],
  nextPage: ['次ページ', '次のページ', '次ページへ'],
  readOn: ['続きを読む', '全文を読む', '続きはこちら', 'もっと読む', '記事全文を読む'],
  login: ['ログイン', '新規登録', '会員登録'],
  skipTo: ['コンテンツへスキップ', '本文へスキップ', '本文へ移動', 'メインコンテンツへ移動'],
  loadMore: ['もっと見る'],
  related: ['関連記事'],
  alsoRead: ['あわせて読みたい', '関連記事'],
  share: ['共有'],
  siteLists: ['ランキング'],
  home: ['ホーム'],
  commentsPrompt: ['コメント', 'コメントする'],
  commentWord: ['コメント'],
  photo: ['写真'],
  readingTime: ['読了'],
  published: ['公開', '掲載'],
  updated: ['更新'],
  languageName: ['日本語'],
  player: ['再生'],
  interviewerLead: ['聞き手', '聞き手・構成', 'インタビュアー'],
  speakerWord: ['話者'],
  roleLabel: ['記者', '司会', '聞き手'],
  questionPrefix: ['問'],
  answerPrefix: ['答え', '答'],
  interviewCue: ['インタビュー'],
  outletTail: ['のウェブサイト', 'に掲載'],
  sourceLabel: ['出典', '出所'],
  reporterWord: ['記者'],
  mastheadWord: ['新聞', '協会', '通信', '放送', 'テレビ'],
  pressConference: ['記者会見'],
  askingRole: ['記者', '司会', '聞き手'],
  answeringRole: ['大臣', '報道官', '長官'],
  closingThanks: ['ありがとうございました', 'ありがとうございます']
} as const satisfies Lexicon
