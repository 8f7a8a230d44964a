export default {
  lang: 'sr',
  banners: [
    'Ovaj sajt koristi kolačiće kako bi poboljšao vaše iskustvo. Klikom na "Prihvati sve" dajete vašu saglasnost za upotrebu kolačića.',
    'Mi i naši partneri koristimo slične tehnologije za personalizovane reklame.',
    'Mi prikupljamo i procesiramo Vaše lične podatke radi sledećeg: analitika, marketing.',
  ],
  notBanners: [
    'Prijavite se: unesite e-poštu i lozinku.',
    'Pretplatite se na naš bilten i primajte najnovije vesti.',
    'Uživo: Skupština usvojila budžet',
    'Preuzmite aplikaciju za brže iskustvo.',
  ],
  accept: ['Prihvati sve', 'Prihvatam', 'Slažem se', 'Dozvoli sve'],
  reject: ['Odbij sve', 'Odbijam', 'Samo neophodni', 'Ne slažem se'],
  settings: ['Podešavanja kolačića', 'Prilagodi', 'Sačuvaj podešavanja', 'Opcije'],
  dismiss: ['Zatvori', 'Razumem', 'U redu'],
  neutral: ['Nastavi čitanje', 'Pretraga'],
  policy: ['Politika privatnosti', 'Politika kolačića'],
};
