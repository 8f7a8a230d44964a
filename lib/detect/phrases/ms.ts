import type { PhraseSet } from './types';

const ms: PhraseSet = {
  lang: 'ms',
  consent: [
    'kuki',
    'cookie*',
    'persetujuan anda',
    'kebenaran anda',
    'rakan kongsi kami',
    'kepentingan sah',
    'iklan yang diperibadikan',
    'teknologi penjejakan',
    'teknologi serupa',
    // Saying that the site uses cookies: a notice with a single button says little else.
    'menggunakan kuki',
    'menggunakan cookie*',
    'penggunaan kuki',
  ],
  privacy: ['privasi', 'data peribadi', 'maklumat peribadi', 'perlindungan data'],
  accept: ['terima', 'terima semua', 'saya terima', 'setuju', 'saya setuju', 'benarkan', 'benarkan semua'],
  reject: [
    'tolak',
    'tolak semua',
    'tidak setuju',
    'yang perlu sahaja',
    'kuki penting sahaja',
    'hanya yang perlu',
  ],
  settings: [
    'tetapan',
    'tetapan kuki',
    'urus',
    'urus tetapan',
    'urus pilihan',
    'pilihan',
    'sesuaikan',
    'simpan',
    'simpan tetapan',
  ],
  dismiss: ['tutup', 'faham', 'saya faham', 'ok', 'teruskan'],
  necessary: ['diperlukan'],
  policy: ['dasar privasi', 'dasar kuki', 'ketahui lebih lanjut', 'baca lagi'],
  notConsent: [
    'log masuk',
    'daftar sekarang',
    'kata laluan',
    'cipta akaun',
    'langgan',
    'surat berita',
    'cari',
    'muat turun aplikasi',
    'siaran langsung',
    'berita terkini',
    // Push notifications, not a notice: 'pemberitahuan' alone also titles a cookie notice.
    'hidupkan pemberitahuan',
    'terima pemberitahuan',
    'benarkan pemberitahuan',
    'baca seterusnya',
  ],
};

export default ms;
