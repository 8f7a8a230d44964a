export default {
  lang: 'nl',
  banners: [
    "Wij gebruiken cookies en vergelijkbare technieken om onze website te verbeteren en om gepersonaliseerde advertenties te tonen. Door op 'Accepteren' te klikken geef je toestemming.",
    'Wij en onze partners slaan informatie op een apparaat op en/of openen deze, zoals cookies, en verwerken persoonsgegevens voor gepersonaliseerde advertenties en content.',
    'Deze website maakt gebruik van functionele, analytische en tracking cookies. Lees meer in onze cookieverklaring.',
  ],
  notBanners: [
    'Log in met je e-mailadres en wachtwoord om verder te gaan.',
    'Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws.',
    'Live: Tweede Kamer debatteert over de begroting',
    'Download de app en mis nooit meer een melding.',
  ],
  accept: ['Alles accepteren', 'Akkoord', 'Ik ga akkoord', 'Accepteer alle cookies', 'Alles toestaan'],
  dismiss: ['Oké'],
  reject: [
    'Weigeren',
    'Alles weigeren',
    'Alleen noodzakelijke cookies',
    'Niet akkoord',
    'Alleen functionele cookies',
  ],
  settings: [
    'Instellingen',
    'Cookie-instellingen',
    'Voorkeuren beheren',
    'Meer opties',
    'Selectie toestaan',
    'Zelf instellen',
  ],
  neutral: ['Lees meer', 'Abonneren', 'Inloggen', 'Video afspelen', 'Volgende'],
  policy: ['Privacyverklaring', 'Cookiebeleid', 'Meer informatie'],
};
