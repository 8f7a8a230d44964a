export default {
  lang: 'vi',
  banners: [
    'Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. Khi nhấp vào "Chấp nhận tất cả", bạn đồng ý với việc sử dụng cookie.',
    'Chúng tôi và các đối tác của chúng tôi sử dụng công nghệ tương tự để hiển thị quảng cáo được cá nhân hóa.',
    'Chúng tôi lưu cookie khi có sự đồng ý của bạn. Xem chính sách quyền riêng tư.',
  ],
  notBanners: [
    'Đăng nhập: nhập email và mật khẩu của bạn.',
    'Đăng ký nhận bản tin để cập nhật tin tức mỗi sáng.',
    'Trực tiếp: Quốc hội thông qua ngân sách',
    'Tải ứng dụng để có trải nghiệm nhanh hơn.',
  ],
  accept: ['Chấp nhận tất cả', 'Đồng ý', 'Tôi đồng ý', 'Cho phép tất cả'],
  reject: ['Từ chối tất cả', 'Từ chối', 'Không đồng ý', 'Chỉ cần thiết'],
  settings: ['Cài đặt cookie', 'Quản lý tùy chọn', 'Tùy chỉnh', 'Lưu cài đặt'],
  dismiss: ['Đóng', 'Tôi hiểu', 'Tiếp tục'],
  neutral: ['Đọc tiếp', 'Đăng nhập', 'Tiếp theo'],
  policy: ['Chính sách bảo mật', 'Chính sách cookie'],
};
