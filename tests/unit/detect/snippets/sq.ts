export default {
  lang: 'sq',
  banners: [
    'Kjo faqe përdor cookies për të përmirësuar përvojën tuaj. Duke klikuar "Prano të gjitha", jepni pëlqimin për përdorimin e tyre.',
    'Ne dhe partnerët tanë përdorim teknologji të ngjashme për reklama të personalizuara.',
    'Me pëlqimin tuaj ruajmë kukit në pajisjen tuaj. Lexoni politikën e privatësisë.',
  ],
  notBanners: [
    'Identifikohu: fut email-in dhe fjalëkalimin.',
    'Abonohu në buletinin tonë për lajmet më të fundit.',
    'Drejtpërdrejt: Kuvendi miraton buxhetin',
  ],
  accept: ['Prano të gjitha', 'Prano', 'Jam dakord', 'Lejo të gjitha'],
  reject: ['Refuzo të gjitha', 'Refuzo', 'Vetëm të nevojshmet', 'Nuk pranoj'],
  settings: ['Cilësimet e cookies', 'Menaxho', 'Personalizo', 'Ruaj cilësimet'],
  dismiss: ['Mbyll', 'E kuptova', 'Në rregull'],
  neutral: ['Kërko'],
  policy: ['Politika e privatësisë', 'Politika e cookies'],
};
