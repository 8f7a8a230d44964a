export default {
  lang: 'ms',
  banners: [
    'Laman web ini menggunakan kuki untuk meningkatkan pengalaman anda. Dengan mengklik "Terima Semua", anda bersetuju dengan penggunaan kuki.',
    'Kami dan rakan kongsi kami menggunakan teknologi serupa untuk iklan yang diperibadikan.',
    'Kami menyimpan kuki dengan persetujuan anda. Baca dasar privasi kami.',
  ],
  notBanners: [
    'Log masuk: masukkan e-mel dan kata laluan anda.',
    'Langgan surat berita kami untuk berita terkini.',
    'Siaran langsung: Parlimen meluluskan belanjawan',
  ],
  accept: ['Terima Semua', 'Terima', 'Saya setuju', 'Benarkan semua'],
  reject: ['Tolak Semua', 'Tolak', 'Kuki penting sahaja', 'Tidak setuju'],
  settings: ['Tetapan kuki', 'Urus pilihan', 'Sesuaikan', 'Simpan tetapan'],
  dismiss: ['Tutup', 'Faham', 'Teruskan'],
  neutral: ['Baca seterusnya', 'Langgan'],
  policy: ['Dasar privasi', 'Dasar kuki'],
};
