import type {Lexicon} from '../types.js'

/**
 * Input words in Vietnamese, by concept (`languages/types.ts` says what each concept means).
 * Lower-case and NFC; `languages/index.ts` escapes them and tries the longest first.
 */
export const lexicon = {
  nameJoiner: ['và'],
  postedIn: ['đăng trong', 'chuyên mục', 'danh mục'],
  shareButton: [
    'gửi email bài đăng này',
    'chia sẻ lên x',
    'chia sẻ lên twitter',
    'chia sẻ lên facebook',
    'chia sẻ lên pinterest'
  ],
  honorific: [
    'ông',
    'bà',
    'tiến sĩ',
    'giáo sư',
    'bộ trưởng',
    'thủ tướng',
    'chủ tịch',
    'đại sứ',
    'thứ trưởng',
    'người phát ngôn'
  ],
  postedBy: ['đăng bởi', 'được đăng bởi'],
  noComments: ['không có bình luận', 'chưa có bình luận'],
  commentForm: [
    'email của bạn sẽ không được hiển thị công khai',
    'địa chỉ email của bạn sẽ không được công bố',
    'các trường bắt buộc được đánh dấu',
    'lưu tên của tôi, email, và trang web',
    'để lại một bình luận',
    'để lại bình luận',
    'hủy trả lời',
    'gửi bình luận',
    'phản hồi'
  ],
  nextPage: ['trang sau', 'trang tiếp', 'trang tiếp theo'],
  readOn: ['đọc tiếp', 'xem tiếp', 'đọc thêm', 'xem toàn bộ bài viết'],
  login: ['đăng nhập', 'đăng ký'],
  skipTo: ['chuyển đến nội dung', 'bỏ qua nội dung', 'đi đến nội dung'],
  repostedFrom: ['theo'],
  sourceLabel: ['nguồn'],
  mastheadWord: ['đài', 'báo', 'tạp chí'],
  pressConference: ['họp báo'],
  writerLabel: ['tác giả'],
  republishes: ['xin giới thiệu lại', 'giới thiệu lại'],
  questionPrefix: ['hỏi', 'câu hỏi'],
  answerPrefix: ['đáp', 'trả lời', 'tl'],
  interviewCue: ['phỏng vấn'],
  askingRole: ['phóng viên', 'pv', 'người dẫn chương trình'],
  roleLabel: ['phóng viên', 'pv', 'người dẫn chương trình'],
  answeringRole: ['người phát ngôn', 'bộ trưởng', 'đại sứ'],
  closingThanks: ['cảm ơn', 'xin cảm ơn', 'cám ơn', 'xin cám ơn'],
  greeting: ['xin chào'],
  related: ['tin liên quan', 'bài liên quan'],
  alsoRead: ['xem thêm', 'đọc thêm'],
  readMore: ['xem thêm', 'đọc tiếp'],
  share: ['chia sẻ'],
  published: ['xuất bản'],
  updated: ['cập nhật'],
  commentsPrompt: ['bình luận', 'ý kiến bạn đọc'],
  home: ['trang chủ'],
  editorNote: ['lời tòa soạn', 'lời toà soạn', 'lts']
} as const satisfies Lexicon
