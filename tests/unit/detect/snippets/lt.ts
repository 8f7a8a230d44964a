export default {
  lang: 'lt',
  banners: [
    'Naudojame slapukus, kad pagerintume jūsų naršymo patirtį ir rodytume suasmenintą reklamą. Spausdami „Sutinku“ jūs duodate sutikimą.',
    'Mes ir mūsų partneriai saugome informaciją įrenginyje ir (arba) ją pasiekiame, pvz., slapukus, ir tvarkome asmens duomenis.',
    'Ši svetainė naudoja slapukus. Daugiau informacijos rasite slapukų politikoje.',
  ],
  notBanners: [
    'Prisijunkite naudodami el. paštą ir slaptažodį.',
    'Prenumeruokite mūsų naujienlaiškį ir kasdien gaukite svarbiausias naujienas.',
    'Tiesiogiai: Seimas svarsto valstybės biudžetą',
    'Atsisiųskite programėlę ir gaukite pranešimus apie naujienas.',
  ],
  accept: ['Sutinku', 'Priimti visus', 'Leisti visus', 'Priimti visus slapukus'],
  dismiss: ['Gerai'],
  reject: ['Atmesti', 'Atmesti visus', 'Tik būtinieji', 'Leisti tik būtinus', 'Nesutinku'],
  settings: [
    'Nustatymai',
    'Slapukų nustatymai',
    'Tinkinti',
    'Tvarkyti parinktis',
    'Leisti pasirinkimą',
    'Išsaugoti nustatymus',
  ],
  neutral: ['Skaityti daugiau', 'Prenumeruoti', 'Prisijungti', 'Paleisti vaizdo įrašą', 'Kitas'],
  policy: ['Privatumo politika', 'Slapukų politika', 'Sužinoti daugiau'],
};
