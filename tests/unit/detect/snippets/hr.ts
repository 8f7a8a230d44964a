export default {
  lang: 'hr',
  banners: [
    'Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo i prikazala personalizirane oglase. Klikom na „Prihvati” dajete privolu.',
    'Mi i naši partneri pohranjujemo informacije na uređaju i/ili pristupamo im, primjerice kolačićima, te obrađujemo osobne podatke.',
    'Za nastavak nam je potrebna vaša suglasnost za korištenje kolačića.',
  ],
  notBanners: [
    'Prijavite se e-mail adresom i lozinkom.',
    'Pretplatite se na naš newsletter i primajte najvažnije vijesti svako jutro.',
    'Uživo: Sabor raspravlja o državnom proračunu',
    'Preuzmite aplikaciju i primajte obavijesti o najnovijim vijestima.',
  ],
  accept: ['Prihvati sve', 'Prihvaćam', 'Slažem se', 'Dopusti sve'],
  dismiss: ['U redu'],
  reject: ['Odbij sve', 'Odbij', 'Samo nužni kolačići', 'Dopusti samo nužne', 'Ne slažem se'],
  settings: [
    'Postavke',
    'Postavke kolačića',
    'Prilagodi',
    'Upravljaj opcijama',
    'Dopusti odabir',
    'Spremi postavke',
  ],
  neutral: ['Pročitaj više', 'Pretplati se', 'Prijava', 'Reproduciraj video', 'Sljedeće'],
  policy: ['Politika privatnosti', 'Pravila o kolačićima', 'Saznaj više'],
};
