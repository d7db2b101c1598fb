import type {Lexicon} from '../types.js'

/**
 * Input words in Korean, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedBy: ['게시자', '작성자'],
  noComments: ['댓글이 없습니다', '첫 댓글을 작성해보세요', '첫 댓글을 남겨주세요'],
  commentForm: [
    '이메일 주소는 공개되지 않습니다',
    '필수 필드는',
    '다음 번 댓글 작성을 위해',
    '답글 남기기',
    '댓글 남기기',
    '답글 취소',
    '댓글 달기',
    '댓글 쓰기'
  ],
  nextPage: ['다음 페이지', '다음페이지'],
  readOn: ['기사 더보기', '계속 읽기', '전문 보기', '기사 전문 보기', '더 읽기'],
  skipTo: ['본문 바로가기', '본문으로 바로가기', '콘텐츠로 건너뛰기', '메뉴 바로가기'],
  loadMore: ['더보기'],
  related: ['관련기사'],
  alsoRead: ['관련 기사', '관련기사', '함께 볼만한 뉴스'],
  share: ['공유하기', '기사 공유하기'],
  siteLists: ['많이 본 뉴스'],
  login: ['로그인', '회원가입'],
  home: ['홈'],
  commentsPrompt: ['댓글'],
  commentWord: ['댓글'],
  photo: ['사진'],
  minuteUnit: ['분'],
  readingTime: ['읽기'],
  published: ['게재', '승인', '입력'],
  updated: ['업데이트', '수정'],
  languageName: ['한국어'],
  player: ['재생'],
  newsroom: ['편집부'],
  speakerWord: ['화자'],
  roleLabel: ['기자', '사회자', '앵커', '아나운서', '진행자'],
  questionPrefix: ['질문'],
  answerPrefix: ['답변'],
  interviewCue: ['인터뷰'],
  outletTail: ['와의 단독 인터뷰', '과의 단독 인터뷰', '와의 인터뷰', '과의 인터뷰'],
  sourceLabel: ['출처'],
  mastheadWord: ['신문', '방송', '일보', '뉴스'],
  pressConference: ['기자회견', '브리핑'],
  askingRole: ['기자', '사회자', '앵커', '아나운서', '진행자'],
  answeringRole: ['대통령', '대변인', '장관'],
  closingThanks: ['감사합니다', '고맙습니다'],
  greeting: ['안녕하세요']
} as const satisfies Lexicon
