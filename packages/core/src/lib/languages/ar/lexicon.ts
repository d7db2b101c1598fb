import type {Lexicon} from '../types.js'

/**
 * Input words in Arabic, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  postedIn: ['نشر في', 'التصنيف', 'التصنيفات', 'القسم'],
  shareButton: [
    'إرسال بالبريد الإلكتروني',
    'كتابة مدونة حول هذه المشاركة',
    'المشاركة على x',
    'المشاركة على twitter',
    'المشاركة في facebook',
    'المشاركة على pinterest'
  ],
  postedBy: ['نشر بواسطة', 'أرسلها', 'كتبه'],
  noComments: ['لا توجد تعليقات', 'لا تعليقات', 'لا يوجد تعليقات'],
  commentForm: [
    'لن يتم نشر عنوان بريدك الإلكتروني',
    'لن يتم نشر عنوان البريد الإلكتروني',
    'الحقول الإلزامية مشار إليها',
    'احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني',
    'اترك تعليقاً',
    'اترك تعليقا',
    'اترك رداً',
    'اترك ردا',
    'إلغاء الرد',
    'إرسال التعليق',
    'أضف تعليق',
    'اضف تعليق'
  ],
  nextPage: ['الصفحة التالية'],
  readOn: ['اقرأ المزيد', 'تابع القراءة', 'إقرأ المزيد', 'اقرأ التفاصيل', 'للمزيد'],
  skipTo: ['انتقل إلى المحتوى', 'التخطي إلى المحتوى', 'تخطى إلى المحتوى'],
  related: ['ذات صلة'],
  alsoRead: ['اقرأ أيضا', 'اقرأ أيضاً'],
  share: ['مشاركة'],
  siteLists: ['الأكثر قراءة'],
  login: ['تسجيل الدخول', 'دخول'],
  home: ['الرئيسية'],
  commentsPrompt: ['أضف تعليقا', 'التعليقات'],
  commentWord: ['تعليق', 'تعليقات'],
  adLabel: ['إعلان'],
  photo: ['صورة'],
  photoBy: ['تصوير'],
  published: ['نشر في', 'تاريخ النشر'],
  updated: ['آخر تحديث'],
  languageName: ['العربية'],
  interviewerLead: ['أجرى الحوار'],
  roleLabel: ['مقدم', 'المذيع'],
  questionLetter: ['س'],
  answerLetter: ['ج'],
  questionPrefix: ['سؤال', 'س'],
  answerPrefix: ['ج', 'جواب'],
  interviewCue: ['حوار', 'مقابلة'],
  outletLead: [
    'في حوار مع',
    'في حواره مع',
    'في حوار خاص مع',
    'في لقاء مع',
    'في لقاء خاص مع',
    'في اللقاء الخاص مع',
    'في مقابلة مع',
    'لـ'
  ],
  repostedFrom: ['نقلا عن', 'نقلاً عن'],
  sourceLabel: ['المصدر'],
  reporterWord: ['مراسل'],
  mastheadWord: ['صحيفة', 'جريدة', 'مجلة', 'نيوز', 'وكالة', 'إذاعة', 'قناة', 'الرابطة', 'رابطة', 'جمعية', 'بوابة'],
  newsroom: ['رئيس التحرير', 'مدير التحرير', 'هيئة التحرير'],
  placePreposition: ['من', 'في'],
  pressConference: ['مؤتمر صحفي', 'المؤتمر الصحفي'],
  writerLabel: ['الكاتب', 'كتب', 'بقلم'],
  interviewerLabel: ['حوار', 'أجرى الحوار', 'حاوره'],
  askingRole: ['مقدم', 'المذيع', 'المحاور', 'الصحفي'],
  closingThanks: ['شكرا', 'شكراً', 'شكرا جزيلا'],
  greeting: ['مرحبا', 'أهلا', 'صباح الخير', 'مساء الخير']
} as const satisfies Lexicon
