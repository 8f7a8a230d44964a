export default {
  lang: 'sv',
  banners: [
    "Vi använder cookies för att ge dig en bättre upplevelse, analysera trafiken och visa personanpassade annonser. Genom att klicka på 'Acceptera alla' samtycker du till detta.",
    'Vi och våra partner lagrar och/eller får åtkomst till information på en enhet, såsom cookies, och behandlar personuppgifter för anpassade annonser och innehåll.',
    'Den här webbplatsen använder kakor. Läs mer om kakor och hur du ändrar dina inställningar.',
  ],
  notBanners: [
    'Logga in med din e-postadress och ditt lösenord för att fortsätta.',
    'Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter varje morgon.',
    'Just nu: Riksdagen debatterar budgeten – följ utvecklingen live',
    'Ladda ner appen och få pushnotiser när något händer.',
  ],
  accept: ['Acceptera alla', 'Godkänn alla', 'Tillåt alla', 'Jag godkänner', 'Acceptera alla kakor'],
  dismiss: ['OK'],
  reject: ['Avvisa alla', 'Neka', 'Endast nödvändiga', 'Avböj', 'Tillåt endast nödvändiga'],
  settings: ['Inställningar', 'Anpassa', 'Hantera inställningar', 'Fler alternativ', 'Tillåt urval'],
  neutral: ['Visa detaljer', 'Läs mer', 'Prenumerera', 'Logga in', 'Spela upp video', 'Nästa'],
  policy: ['Integritetspolicy', 'Cookiepolicy', 'Läs mer om cookies'],
};
