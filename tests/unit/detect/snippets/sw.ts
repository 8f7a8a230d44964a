export default {
  lang: 'sw',
  banners: [
    'Tovuti hii inatumia vidakuzi kuboresha uzoefu wako. Kwa kubofya "Kubali zote", unakubali matumizi ya vidakuzi.',
    'Sisi na washirika wetu tunatumia vidakuzi kuonyesha matangazo yaliyobinafsishwa.',
    'Tunahifadhi vidakuzi kwa idhini yako. Soma sera ya faragha.',
  ],
  notBanners: [
    'Ingia: weka barua pepe na nenosiri lako.',
    'Jiandikishe kwa jarida letu upate habari mpya kila asubuhi.',
    'Pakua programu kwa matumizi ya haraka zaidi.',
  ],
  accept: ['Kubali zote', 'Kubali', 'Ninakubali', 'Ruhusu zote'],
  reject: ['Kataa zote', 'Kataa', 'Muhimu pekee', 'Sikubali'],
  settings: ['Mipangilio ya vidakuzi', 'Dhibiti mapendeleo', 'Mipangilio', 'Hifadhi mipangilio'],
  dismiss: ['Funga', 'Nimeelewa', 'Sawa'],
  neutral: ['Ingia', 'Jisajili'],
  policy: ['Sera ya faragha', 'Sera ya vidakuzi'],
};
