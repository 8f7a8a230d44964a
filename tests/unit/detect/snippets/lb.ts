export default {
  lang: 'lb',
  banners: [
    'Dës Websäit benotzt Cookien fir Är Erfahrung ze verbesseren. Mat "Alles akzeptéieren" gitt Dir Ären Accord.',
    'Mir an eis Partner benotze Cookien fir personaliséiert Reklammen.',
    'Mat Ärem Accord späichere mir Cookien. Liest eis Dateschutzerklärung.',
  ],
  notBanners: [
    'Aloggen: gitt Är E-Mail an Äert Passwuert an.',
    'Abonnéiert eisen Newsletter fir déi lescht Neiegkeeten.',
    "Live: d'Chamber stëmmt de Budget",
  ],
  accept: ['Alles akzeptéieren', 'Akzeptéieren', 'All akzeptéieren'],
  reject: ['All refuséieren', 'Refuséieren', 'Alles verwerfen'],
  settings: ['Astellungen', 'Upassen', 'Astellunge späicheren'],
  dismiss: ['Zoumaachen', 'Verstanen'],
  neutral: ['Sichen'],
  policy: ['Dateschutzerklärung'],
};
