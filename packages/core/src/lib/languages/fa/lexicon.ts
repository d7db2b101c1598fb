import type {Lexicon} from '../types.js'

/**
 * Input words in Persian, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedIn: ['ارسال شده در', 'دسته‌بندی', 'دسته بندی', 'دسته'],
  postedBy: ['ارسال شده توسط', 'نوشته شده توسط', 'نویسنده'],
  noComments: ['بدون دیدگاه', 'بدون نظر', 'نظری ثبت نشده'],
  commentForm: [
    'نشانی ایمیل شما منتشر نخواهد شد',
    'بخش‌های موردنیاز علامت‌گذاری شده‌اند',
    'بخش های موردنیاز علامت گذاری شده اند',
    'ذخیره نام، ایمیل و وبسایت من',
    'دیدگاهتان را بنویسید',
    'دیدگاه خود را بنویسید',
    'پاسخی بگذارید',
    'لغو پاسخ',
    'فرستادن دیدگاه',
    'ارسال دیدگاه',
    'ارسال نظر'
  ],
  nextPage: ['صفحه بعد', 'صفحه بعدی'],
  readOn: ['ادامه مطلب', 'ادامه خبر', 'بیشتر بخوانید', 'ادامه مطلب را بخوانید'],
  skipTo: ['پرش به محتوا', 'رفتن به محتوا', 'رفتن به محتوای اصلی'],
  related: ['اخبار مرتبط', 'مطالب مرتبط'],
  alsoRead: ['بیشتر بخوانید', 'بخوانید'],
  share: ['اشتراک', 'اشتراک گذاری'],
  siteLists: ['پربیننده ترین ها', 'پربازدیدترین', 'پربازدیدترین ها', 'ببینید', 'ببینید!'],
  login: ['ورود', 'ثبت نام', 'ثبت‌نام'],
  home: ['خانه', 'صفحه اصلی'],
  commentsPrompt: ['نظر دهید', 'نظرات'],
  commentWord: ['نظرات'],
  postLabels: ['برچسب ها', 'برچسبها'],
  adLabel: ['تبلیغات'],
  photo: ['عکس'],
  published: ['تاریخ انتشار', 'انتشار'],
  updated: ['بروزرسانی'],
  languageName: ['فارسی'],
  roleLabel: ['مجری', 'خبرنگار', 'میزبان'],
  questionLetter: ['س'],
  answerLetter: ['ج'],
  questionPrefix: ['پرسش', 'سوال', 'سؤال'],
  answerPrefix: ['پاسخ', 'جواب'],
  interviewCue: ['مصاحبه', 'گفتگو', 'گفت‌وگو'],
  outletNoun: ['خبرگزاری'],
  repostedFrom: ['به نقل از'],
  sourceLabel: ['منبع'],
  mastheadWord: ['نیوز', 'خبرگزاری', 'روزنامه', 'انتشارات', 'رسانه', 'مجله', 'هفته‌نامه'],
  newsroom: ['سردبیر', 'تحریریه'],
  placePreposition: ['از', 'در'],
  pressConference: ['نشست خبری', 'کنفرانس خبری'],
  writerLabel: ['نویسنده'],
  interviewerLabel: ['گفتگو از', 'مصاحبه از'],
  askingRole: ['مجری', 'خبرنگار', 'میزبان'],
  closingThanks: ['ممنون', 'سپاس', 'متشکرم', 'مرسی'],
  greeting: ['سلام']
} as const satisfies Lexicon
