export default {
  lang: 'et',
  banners: [
    'Kasutame küpsiseid, et parandada teie kasutajakogemust ja kuvada isikupärastatud reklaame. Nõustudes annate oma nõusoleku küpsiste kasutamiseks.',
    'Meie ja meie partnerid talletame seadmes teavet ja/või kasutame seda, näiteks küpsiseid, ning töötleme isikuandmeid.',
    'See veebileht kasutab küpsiseid. Lisainfo leiate meie küpsiste kasutamise põhimõtetest.',
  ],
  notBanners: [
    'Logi sisse oma e-posti aadressi ja parooliga.',
    'Telli meie uudiskiri ja saad iga hommik päeva olulisemad uudised.',
    'Otseülekanne: Riigikogu arutab riigieelarvet',
    'Laadi alla rakendus ja saa teavitused otse telefoni.',
  ],
  accept: ['Nõustu kõigiga', 'Nõustun', 'Luba kõik', 'Aktsepteeri kõik'],
  dismiss: ['OK'],
  reject: ['Keeldu', 'Lükka kõik tagasi', 'Ainult vajalikud', 'Luba ainult vajalikud', 'Ei nõustu'],
  settings: ['Seaded', 'Küpsiste seaded', 'Kohanda', 'Halda valikuid', 'Luba valik', 'Salvesta valikud'],
  neutral: ['Loe edasi', 'Telli', 'Logi sisse', 'Esita video', 'Järgmine'],
  policy: ['Privaatsuspoliitika', 'Küpsiste kasutamise põhimõtted', 'Loe lähemalt'],
};
