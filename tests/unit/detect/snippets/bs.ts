export default {
  lang: 'bs',
  banners: [
    'Ova stranica koristi kolačiće kako bi poboljšala vaše iskustvo. Klikom na "Prihvati sve" dajete vaš pristanak.',
    'Mi i naši partneri koristimo tehnologije praćenja za personalizirane reklame.',
    'Uz vašu saglasnost spremamo kolačiće na vaš uređaj. Pročitajte politiku privatnosti.',
  ],
  notBanners: [
    'Prijavite se: unesite e-mail i lozinku.',
    'Pretplatite se na naš bilten i primajte najnovije vijesti.',
    'Uživo: Parlament usvojio budžet',
  ],
  accept: ['Prihvati sve', 'Prihvatam', 'Slažem se', 'Dozvoli sve'],
  reject: ['Odbij sve', 'Odbijam', 'Samo neophodni', 'Ne slažem se'],
  settings: ['Postavke kolačića', 'Prilagodi', 'Sačuvaj postavke', 'Opcije'],
  dismiss: ['Zatvori', 'Razumijem', 'U redu'],
  neutral: ['Nastavi čitanje', 'Pretraga'],
  policy: ['Politika privatnosti', 'Politika kolačića'],
};
