export default {
  lang: 'da',
  banners: [
    "Vi bruger cookies til at forbedre din oplevelse, analysere trafik og vise personaliserede annoncer. Ved at klikke på 'Accepter alle' giver du samtykke til brugen af cookies.",
    'Vi og vores partnere gemmer og/eller tilgår oplysninger på en enhed, såsom cookies, og behandler personoplysninger til personaliserede annoncer og indhold.',
    'Denne hjemmeside anvender cookies. Dit samtykke kan til enhver tid trækkes tilbage.',
  ],
  notBanners: [
    'Log ind med din e-mail og adgangskode for at fortsætte.',
    'Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder hver morgen.',
    'Live: Folketinget debatterer finansloven',
    'Hent appen og få de seneste nyheder direkte på din telefon.',
  ],
  accept: ['Accepter alle', 'Tillad alle', 'Jeg accepterer', 'Godkend alle', 'Acceptér alle cookies'],
  dismiss: ['OK'],
  reject: ['Afvis alle', 'Afvis', 'Kun nødvendige cookies', 'Tillad kun nødvendige', 'Afslå'],
  settings: ['Indstillinger', 'Tilpas', 'Administrer valg', 'Tillad valg', 'Flere muligheder'],
  neutral: ['Vis detaljer', 'Læs mere', 'Abonnér', 'Log ind', 'Afspil video', 'Næste'],
  policy: ['Privatlivspolitik', 'Cookiepolitik', 'Læs mere om cookies'],
};
