export default {
  lang: 'sk',
  banners: [
    'Používame súbory cookie na personalizáciu obsahu a reklám a na analýzu návštevnosti. Kliknutím na „Prijať všetko“ udeľujete súhlas.',
    'My a naši partneri ukladáme a/alebo pristupujeme k informáciám v zariadení, ako sú súbory cookie, a spracúvame osobné údaje.',
    'Táto stránka používa cookies. Svoj súhlas môžete kedykoľvek odvolať.',
  ],
  notBanners: [
    'Prihláste sa pomocou e-mailu a hesla.',
    'Odoberajte náš newsletter a každé ráno dostanete najdôležitejšie správy.',
    'Naživo: Parlament rokuje o štátnom rozpočte',
    'Stiahnite si aplikáciu a dostávajte upozornenia na najnovšie správy.',
  ],
  accept: ['Prijať všetko', 'Súhlasím', 'Povoliť všetko', 'Akceptovať všetko'],
  dismiss: ['Rozumiem'],
  reject: ['Odmietnuť všetko', 'Odmietnuť', 'Len nevyhnutné', 'Povoliť len nevyhnutné', 'Nesúhlasím'],
  settings: [
    'Nastavenia',
    'Prispôsobiť',
    'Spravovať možnosti',
    'Ďalšie možnosti',
    'Povoliť výber',
    'Uložiť nastavenia',
  ],
  neutral: ['Čítať viac', 'Odoberať', 'Prihlásiť sa', 'Prehrať video', 'Ďalej'],
  policy: ['Zásady ochrany osobných údajov', 'Zásady používania cookies', 'Viac informácií'],
};
