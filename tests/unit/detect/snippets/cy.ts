export default {
  lang: 'cy',
  banners: [
    'Mae\'r wefan hon yn defnyddio cwcis i wella eich profiad. Drwy glicio "Derbyn y cyfan", rydych yn cytuno i ni ddefnyddio cwcis.',
    "Rydym ni a'n partneriaid yn defnyddio technolegau tebyg i ddangos hysbysebion personol.",
    "Gyda'ch caniatâd, rydym yn storio cwcis ar eich dyfais. Darllenwch ein polisi preifatrwydd.",
  ],
  notBanners: [
    "Mewngofnodi: rhowch eich e-bost a'ch cyfrinair.",
    "Tanysgrifio i'n cylchlythyr i gael y newyddion diweddaraf.",
    "Byw: y Senedd yn pasio'r gyllideb",
  ],
  accept: ['Derbyn y cyfan', 'Derbyn', "Rwy'n cytuno", 'Caniatáu pob un'],
  reject: ['Gwrthod y cyfan', 'Gwrthod', 'Cwcis angenrheidiol yn unig', 'Dim diolch'],
  settings: ['Gosodiadau cwcis', 'Rheoli gosodiadau', 'Dewisiadau', 'Cadw gosodiadau'],
  dismiss: ['Cau', 'Iawn', "Rwy'n deall"],
  neutral: ['Chwilio', 'Cofrestru'],
  policy: ['Polisi preifatrwydd', 'Polisi cwcis', 'Gweld cwcis'],
};
