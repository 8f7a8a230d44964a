export default {
  lang: 'id',
  banners: [
    'Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan mengklik "Terima Semua", Anda menyetujui penggunaan cookie.',
    'Kami dan mitra kami menggunakan teknologi serupa untuk menampilkan iklan yang dipersonalisasi.',
    'Dengan persetujuan Anda, kami menyimpan kuki di perangkat Anda. Baca kebijakan privasi kami.',
  ],
  notBanners: [
    'Masuk ke akun Anda: masukkan email dan kata sandi.',
    'Berlangganan buletin kami untuk berita terbaru setiap pagi.',
    'Siaran langsung: DPR mengesahkan anggaran',
    'Unduh aplikasi untuk pengalaman yang lebih cepat.',
  ],
  accept: ['Terima Semua', 'Terima', 'Saya setuju', 'Izinkan semua'],
  reject: ['Tolak Semua', 'Tolak', 'Hanya yang diperlukan', 'Tidak setuju'],
  settings: ['Pengaturan cookie', 'Kelola preferensi', 'Sesuaikan', 'Simpan Pengaturan'],
  dismiss: ['Tutup', 'Mengerti', 'Oke'],
  neutral: ['Baca selengkapnya', 'Berlangganan', 'Berikutnya'],
  policy: ['Kebijakan privasi', 'Kebijakan cookie'],
};
