export default {
  lang: 'nb',
  banners: [
    'Vi bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse og vise tilpassede annonser.',
    'Vi og våre partnere lagrer og/eller får tilgang til informasjon på en enhet, for eksempel informasjonskapsler, og behandler personopplysninger.',
    'Ved å klikke «Godta alle» gir du samtykke til at vi bruker cookies til analyse og markedsføring.',
  ],
  notBanners: [
    'Logg inn med e-post og passord for å fortsette.',
    'Meld deg på nyhetsbrevet vårt og få dagens viktigste saker hver morgen.',
    'Siste nytt: Stortinget vedtar statsbudsjettet',
    'Last ned appen og få varsler om siste nytt.',
  ],
  accept: ['Godta alle', 'Godta', 'Jeg godtar', 'Tillat alle', 'Aksepter alle'],
  dismiss: ['OK'],
  reject: ['Avvis alle', 'Avslå', 'Kun nødvendige', 'Ikke godta', 'Godta kun nødvendige'],
  settings: ['Innstillinger', 'Tilpass', 'Administrer valg', 'Flere valg', 'Lagre innstillinger'],
  neutral: ['Vis detaljer', 'Les mer', 'Abonner', 'Logg inn', 'Spill av video', 'Neste'],
  policy: ['Personvernerklæring', 'Les mer om informasjonskapsler', 'Personvern'],
};
