import type {Lexicon} from '../types.js'

/**
 * Input words in Chinese, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  skipTo: ['跳到主要内容', '跳至内容', '跳到內容', '跳至主要內容', '跳转到主要内容'],
  followUs: ['关注我们'],
  loadMore: ['加载更多', '查看更多'],
  related: ['相关新闻', '相关阅读', '延伸阅读'],
  alsoRead: ['相关阅读', '延伸阅读', '推荐阅读'],
  share: ['分享'],
  siteLists: ['热门', '热门文章', '热门新闻', '最新文章', '最新新闻'],
  login: ['登录', '注册', '立即注册', '找回密码', '登入', '註冊'],
  home: ['首页'],
  commentsPrompt: ['评论', '发表评论'],
  commentWord: ['评论'],
  postLabels: ['标签'],
  adLabel: ['广告'],
  photo: ['圖', '图'],
  photoBy: ['攝影', '摄影', '图片来源'],
  minuteUnit: ['分钟', '分'],
  readingTime: ['阅读'],
  published: ['发布', '发布时间', '發布'],
  updated: ['更新'],
  languageName: ['中文'],
  player: ['播放'],
  interviewerLead: ['采访', '记者'],
  newsroom: ['编辑部'],
  speakerWord: ['发言人'],
  roleLabel: ['主持人', '记者', '嘉宾', '主播', '采访者', '受访者'],
  jobTitle: ['教师', '校长', '大使', '部长', '教授', '创始人', '总裁', '董事长', '首席执行官', '主席'],
  questionPrefix: ['问', '問'],
  answerPrefix: ['答'],
  interviewCue: ['访谈', '采访', '专访', '訪問', '專訪', '訪談'],
  outletLead: ['做客'],
  repostedFrom: ['转自', '转载自', '原载'],
  sourceLabel: ['来源', '來源', '媒体', '出处', '出品'],
  reporterWord: ['记者', '記者'],
  mastheadWord: ['网', '網', '报', '報', '周刊', '电视台', '广播', '新闻', '社'],
  pressConference: ['记者会', '發布會', '发布会', '吹风会'],
  writerLabel: ['作者', '文'],
  interviewerLabel: ['采访', '记者'],
  askingRole: ['记者', '主持人', '采访者', '主持'],
  answeringRole: ['受访者', '嘉宾', '发言人'],
  closingThanks: ['谢谢', '謝謝', '感谢'],
  greeting: ['大家好']
} as const satisfies Lexicon
