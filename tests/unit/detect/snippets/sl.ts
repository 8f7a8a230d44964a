export default {
  lang: 'sl',
  banners: [
    'Ta spletna stran uporablja piškotke za izboljšanje uporabniške izkušnje in prikaz prilagojenih oglasov. S klikom na »Sprejmi« se strinjate z uporabo piškotkov.',
    'Mi in naši partnerji shranjujemo informacije v napravi in/ali dostopamo do njih, kot so piškotki, ter obdelujemo osebne podatke.',
    'Za nadaljevanje potrebujemo vaše soglasje za uporabo piškotkov.',
  ],
  notBanners: [
    'Prijavite se z e-poštnim naslovom in geslom.',
    'Naročite se na naše e-novice in vsako jutro prejmite najpomembnejše novice, kakor tudi posebne ponudbe.',
    'V živo: Državni zbor razpravlja o proračunu',
    'Prenesite aplikacijo in prejemajte obvestila o zadnjih novicah.',
  ],
  accept: ['Sprejmi vse', 'Sprejmi', 'Strinjam se', 'Dovoli vse'],
  dismiss: ['V redu'],
  reject: ['Zavrni vse', 'Zavrni', 'Samo nujni piškotki', 'Dovoli samo nujne', 'Ne strinjam se'],
  settings: [
    'Nastavitve',
    'Nastavitve piškotkov',
    'Prilagodi',
    'Upravljaj možnosti',
    'Dovoli izbor',
    'Shrani nastavitve',
  ],
  neutral: ['Preberi več', 'Naroči se', 'Prijava', 'Predvajaj video', 'Naprej'],
  policy: ['Politika zasebnosti', 'Politika piškotkov', 'Več informacij'],
};
