export default {
  lang: 'mt',
  banners: [
    "Dan is-sit juża l-cookies biex itejjeb l-esperjenza tiegħek. Billi tagħfas 'Aċċetta' qed tagħti l-kunsens tiegħek.",
    'Aħna u s-sħab tagħna nużaw cookies u teknoloġiji simili biex nuru reklami personalizzati.',
    "Nużaw cookies biex nanalizzaw it-traffiku. Tista' tirtira l-kunsens tiegħek fi kwalunkwe ħin.",
  ],
  notBanners: [
    'Idħol bl-email u l-password tiegħek biex tkompli.',
    'Abbona għan-newsletter tagħna u irċievi l-aħbarijiet kull filgħodu.',
    'Live: Il-Parlament jiddiskuti l-baġit tal-gvern',
    'Niżżel l-app u irċievi notifiki bl-aħħar aħbarijiet.',
  ],
  accept: ['Aċċetta kollox', 'Aċċetta', 'Naqbel', 'Ippermetti kollox'],
  dismiss: ['Fhimt'],
  reject: ['Irrifjuta kollox', 'Irrifjuta', 'Meħtieġa biss', 'Ma naqbilx', 'Iċħad'],
  settings: ['Settings', 'Ippersonalizza', 'Preferenzi', 'Aktar għażliet', 'Ippermetti l-għażla'],
  neutral: ['Uri d-dettalji', 'Aqra aktar', 'Abbona', 'Idħol', 'Ara l-vidjo', 'Li jmiss'],
  policy: ['Politika tal-Privatezza', 'Politika dwar il-Cookies', 'Sir af aktar'],
};
