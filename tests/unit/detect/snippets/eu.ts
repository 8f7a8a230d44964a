export default {
  lang: 'eu',
  banners: [
    'Webgune honek cookieak erabiltzen ditu zure esperientzia hobetzeko. "Onartu guztiak" sakatuz, cookieen erabilera onartzen duzu.',
    'Guk eta gure bazkideek cookieak erabiltzen ditugu publizitate pertsonalizatua erakusteko.',
    'Zure baimena badugu, cookieak gordetzen ditugu. Irakurri pribatutasun politika.',
  ],
  notBanners: [
    'Hasi saioa: idatzi zure posta eta pasahitza.',
    'Harpidetu gure buletinera azken berriak jasotzeko.',
    'Zuzenean: Legebiltzarrak aurrekontuak onartu ditu',
  ],
  accept: ['Onartu guztiak', 'Onartu', 'Ados nago', 'Baimendu guztiak'],
  reject: ['Ukatu guztiak', 'Baztertu', 'Beharrezkoak soilik', 'Ez dut onartzen'],
  settings: ['Cookie ezarpenak', 'Kudeatu', 'Hobespenak', 'Gorde ezarpenak'],
  dismiss: ['Itxi', 'Ulertzen dut'],
  neutral: ['Bilatu', 'Erregistratu'],
  policy: ['Pribatutasun politika', 'Cookie politika'],
};
